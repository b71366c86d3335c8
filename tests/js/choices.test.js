// The phone's folded choices: which clicks close the panel.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { closesAfter, CHOICE } = require("../../components/shell/choices.js");

// A clicked element for which closest(selector) finds something only for the given selector.
const clicked = (found) => ({ closest: (selector) => (selector === found ? {} : null) });

test("a single choice (a radio pill) inside a popover closes it", () => {
  assert.equal(closesAfter(clicked(CHOICE)), true);
});

test("other clicks leave it open: several-at-once pills, copy buttons, links, the page", () => {
  assert.equal(closesAfter(clicked('[data-testid="stPopoverBody"] button[aria-pressed]')), false);
  assert.equal(closesAfter(clicked(null)), false);
  assert.equal(closesAfter(null), false);
  assert.equal(closesAfter({}), false);
});

test("the selector asks for a radio inside a popover's body, never any button", () => {
  assert.match(CHOICE, /stPopoverBody/);
  assert.match(CHOICE, /role="radio"/);
});
