// The figure script's pure parts: what a card says, where the arrow keys move focus, which names fit, wrapping.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { cardText, moveFocus } = require("../../components/widgets/figure.js");
const { wrap } = require("../../components/widgets/figure_saves.js");
const { fitNames, placeNames } = require("../../components/widgets/names.js");

const ACTIONS = { municipality: "Open profile", map: "Open county", default: "Open" };

test("a card has the name, the other non-empty lines and the action named by the page it opens", () => {
  const text = cardText(["Karlstad", "Värmland", "", "180 firms (2023)"], "municipality?code=1780", ACTIONS);
  assert.deepEqual(text, {
    heading: "Karlstad", lines: ["Värmland", "180 firms (2023)"], action: "Open profile",
  });
});

test("a card's link to a page without its own action says the default, and no link says none", () => {
  assert.equal(cardText(["Site"], "project", ACTIONS).action, "Open");
  assert.equal(cardText(["Site"], "map?county=17", ACTIONS).action, "Open county");
  assert.equal(cardText(["Site"], null, ACTIONS).action, null);
});

// Five items: a centre one and one to each side of it.
const CROSS = [[50, 50], [90, 50], [10, 50], [50, 90], [50, 10]];

test("each arrow moves focus to the item that lies that way", () => {
  assert.equal(moveFocus("ArrowRight", 0, CROSS), 1);
  assert.equal(moveFocus("ArrowLeft", 0, CROSS), 2);
  assert.equal(moveFocus("ArrowDown", 0, CROSS), 3);
  assert.equal(moveFocus("ArrowUp", 0, CROSS), 4);
});

test("an arrow prefers the nearer item in line over one far off to the side", () => {
  const centres = [[0, 0], [30, 25], [60, 0]];
  assert.equal(moveFocus("ArrowRight", 0, centres), 2);
  assert.equal(moveFocus("ArrowRight", 0, [[0, 0], [30, 5], [60, 0]]), 1);
});

test("an arrow with nothing that way leaves focus where it is", () => {
  assert.equal(moveFocus("ArrowRight", 1, CROSS), -1);
  assert.equal(moveFocus("ArrowUp", 0, [[0, 0], [100, -10]]), -1); // outside the cone
});

test("Home and End go to the first and the last item", () => {
  assert.equal(moveFocus("Home", 3, CROSS), 0);
  assert.equal(moveFocus("End", 0, CROSS), 4);
});

const box = (x, y, width, height) => ({ x, y, width, height });

test("a name that fits its area is shown, one too wide for it is not unless names may reach past areas", () => {
  const labels = [{ box: box(0, 0, 40, 10), room: 50, tall: 20 }, { box: box(100, 0, 60, 10), room: 50, tall: 20 }];
  assert.deepEqual(fitNames(labels, false), [true, false]);
  assert.deepEqual(fitNames(labels, true), [true, true]);
});

test("a name that overlaps one already placed is left out; where names may reach past areas it moves aside", () => {
  const labels = [{ box: box(0, 0, 40, 10), room: 50, tall: 20 }, { box: box(30, 5, 40, 10), room: 50, tall: 20 }];
  assert.deepEqual(fitNames(labels, false), [true, false]);
  const spots = placeNames(labels, true);
  assert.deepEqual(spots[0], [0, 0]);
  assert.notEqual(spots[1], null);
  assert.notDeepEqual(spots[1], [0, 0]);
  const frame = box(0, 0, 70, 16);  // no room left inside the drawing: left out
  assert.deepEqual(placeNames(labels, true, frame), [[0, 0], null]);
});

test("text wraps at spaces into lines no longer than the width, a long word alone on its line", () => {
  assert.deepEqual(wrap("Source: Statistics Sweden 2023", 14), ["Source:", "Statistics", "Sweden 2023"]);
  assert.deepEqual(wrap("Arbetsställen", 5), ["Arbetsställen"]);
  assert.deepEqual(wrap("", 10), []);
});

test("a name that must be drawn (a county seat) is never left out: too wide for its area it stays put", () => {
  const labels = [{ box: box(0, 0, 60, 10), room: 20, tall: 8, must: true }];
  assert.deepEqual(placeNames(labels, false), [[0, 0]]);
});

test("a name that must be drawn moves aside from a name already there, and goes before the others", () => {
  const roomy = { box: box(0, 0, 40, 10), room: 50, tall: 20 };
  const seat = { box: box(10, 2, 40, 10), room: 10, tall: 5, must: true };
  const spots = placeNames([roomy, seat], false);
  assert.deepEqual(spots[1], [0, 0]);  // the seat is placed first, at its own place
  assert.equal(spots[0], null);  // the other name, now overlapping it, is left out
  // Two seats on the same spot: the later (smaller) one keeps its place, the other is nudged off it, not hidden.
  const two = placeNames([{ ...seat }, { ...seat, box: box(12, 2, 40, 10) }], false);
  assert.deepEqual(two[1], [0, 0]);
  assert.notDeepEqual(two[0], [0, 0]);
  const [dx, dy] = two[0];
  const moved = box(10 + dx, 2 + dy, 40, 10);
  assert.ok(!(moved.x < 52 && 12 < moved.x + 40 && moved.y < 12 && 2 < moved.y + 10));
});

test("a name with a site of the register (lead) is placed before the other names", () => {
  const other = { box: box(0, 0, 40, 10), room: 50, tall: 20 };
  const lead = { box: box(10, 2, 40, 10), room: 45, tall: 20, lead: true };
  assert.deepEqual(placeNames([other, lead], false), [null, [0, 0]]);
});
