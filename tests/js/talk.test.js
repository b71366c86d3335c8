// A clicker's keys in a talk: which key goes forward or back, and when keys are left to what has focus.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { talkStep } = require("../../components/shell/talk.js");

const key = (name, modifiers = {}) => ({ key: name, ...modifiers });
// A focused element inside the given kinds of element (tag names, classes or roles as written in a selector).
const inside = (...kinds) => ({
  closest: (selector) => (selector.split(",").some((part) => kinds.includes(part.trim())) ? {} : null),
});

test("PageDown, the right arrow and space go forward; PageUp and the left arrow go back", () => {
  for (const name of ["PageDown", "ArrowRight", " "]) assert.equal(talkStep(key(name), null), "next", name);
  for (const name of ["PageUp", "ArrowLeft"]) assert.equal(talkStep(key(name), null), "prev", name);
});

test("other keys and keys with a modifier are left alone", () => {
  for (const name of ["ArrowUp", "ArrowDown", "Enter", "Tab", "a"]) assert.equal(talkStep(key(name), null), null);
  for (const modifier of ["altKey", "ctrlKey", "metaKey", "shiftKey"]) {
    assert.equal(talkStep(key("PageDown", { [modifier]: true }), null), null, modifier);
  }
});

test("keys stay with a form field, an open menu or dialog, and the map", () => {
  for (const kind of ["input", "textarea", "select", "[contenteditable]", "[role=combobox]", "[role=listbox]",
    "[role=dialog]", ".ik-figure"]) {
    assert.equal(talkStep(key("ArrowRight"), inside(kind)), null, kind);
    assert.equal(talkStep(key("PageDown"), inside(kind)), null, kind);
  }
});

test("space stays with a focused button or link, while PageDown still goes forward from one", () => {
  for (const kind of ["button", "a", "summary", "[role=button]"]) {
    assert.equal(talkStep(key(" "), inside(kind)), null, kind);
    assert.equal(talkStep(key("PageDown"), inside(kind)), "next", kind);
  }
  assert.equal(talkStep(key(" "), inside("p")), "next");
});
