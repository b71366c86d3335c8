// The front's loader: what the page asks for, in which order.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { plan, slices } = require("../../front/load_app.js");

const CODE = {
  dir: "./static/js/", styles: "./static/css/", entry: "index.abc.js",
  sheets: ["index.1.css", "index.2.css"], preload: ["react.js", "markdown.js"],
};

test("style sheets first, then the app's code, then the page's own element code at low priority", () => {
  assert.deepEqual(plan(CODE, ["selectbox.js"]), {
    sheets: ["./static/css/index.1.css", "./static/css/index.2.css"],
    preload: [
      ["./static/js/react.js", "auto"], ["./static/js/markdown.js", "auto"], ["./static/js/selectbox.js", "low"],
    ],
    entry: "./static/js/index.abc.js",
  });
});

test("element code the app preloads anyway is asked for once, at its own priority", () => {
  const { preload } = plan(CODE, ["markdown.js", "search.js"]);
  assert.deepEqual(preload.map(([href]) => href), [
    "./static/js/react.js", "./static/js/markdown.js", "./static/js/search.js",
  ]);
  assert.deepEqual(preload.at(-1), ["./static/js/search.js", "low"]);
});

test("a view without a snapshot's list asks only for the app's code", () => {
  assert.deepEqual(plan(CODE, []).preload.map(([, priority]) => priority), ["auto", "auto"]);
});

test("the preloads are added a few at a time, in order and each once", () => {
  const files = Array.from({ length: 19 }, (_, i) => `${i}.js`);
  const runs = slices(files, 8);
  assert.deepEqual(runs.map((run) => run.length), [8, 8, 3]);
  assert.deepEqual(runs.flat(), files);
  assert.deepEqual(slices([], 8), []);
});
