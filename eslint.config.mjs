// ESLint's recommended rules for the app's, the front's and the tests' JavaScript (make test runs it).
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/", ".venv/", "bench/measure/", "run/"] },
  js.configs.recommended,
  {
    // Browser scripts that also export their pure parts to node's test runner (module.exports).
    files: ["components/**/*.js", "front/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser, module: "writable" } },
  },
  {
    files: ["tests/js/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
