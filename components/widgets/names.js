// Where a figure's names go (loaded before figure.js, once per page): names that must be drawn first, each
// moved aside where its place is taken, with a leader line to its area. Pure parts are tested in tests/js.
(() => {
  const overlaps = (a, b) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const moved = (box, [dx, dy]) => ({ x: box.x + dx, y: box.y + dy, width: box.width, height: box.height });
  // Where a name that must be drawn may go when its own place is taken: above, below, beside, the corners,
  // then twice as far; in half its width plus half its height across and in its heights up and down. A name
  // never leaves the drawing.
  const NUDGES = [[0, 0], [0, -1.1], [0, 1.1], [1, 0], [-1, 0], [1, -1.1], [-1, -1.1], [1, 1.1], [-1, 1.1],
    [0, -2.2], [0, 2.2], [2, 0], [-2, 0]];
  // Where each name goes (labels sorted roomiest first, each with its box, its area's room and height, and
  // must: a county seat or a municipality of the chosen county; lead: one with a site of the register, placed
  // before the others): [dx, dy] from its place, or null when left
  // out. Names that must be drawn come first and move aside where their place is taken (the browser draws
  // a leader line), never left out. Where names may reach past areas (everywhere) the others move aside
  // too, if there is room; elsewhere a name that does not fit inside its area, or that would overlap a name
  // already placed, is left out.
  const within = (box, frame) => !frame || (box.x >= frame.x && box.y >= frame.y
    && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height);
  const placeNames = (labels, everywhere, frame = null) => {
    const placed = [];
    const spots = labels.map(() => null);
    const free = box => within(box, frame) && !placed.some(other => overlaps(box, other));
    const rank = i => (labels[i].must ? 2 : 0) + (labels[i].lead ? 1 : 0);
    // Ranked names go smallest area first (the input is roomiest first): a small one has the fewest places.
    const order = labels.map((_, i) => i).sort((a, b) => rank(b) - rank(a) || (rank(a) ? b - a : a - b));
    order.forEach(i => {
      const { box, room, tall, must } = labels[i];
      const across = box.width / 2 + box.height / 2;
      const steps = must || everywhere ? NUDGES : [[0, 0]];
      const nudges = steps.map(([kx, ky]) => [kx * across, ky * box.height]);
      const inside = box.width <= room * 0.95 && box.height <= tall;
      const spot = must || inside || everywhere ? nudges.find(nudge => free(moved(box, nudge))) : undefined;
      const chosen = spot || (must ? [0, 0] : null);
      if (chosen) placed.push(moved(box, chosen));
      spots[i] = chosen;
    });
    return spots;
  };
  const fitNames = (labels, everywhere) => placeNames(labels, everywhere).map(spot => spot !== null);

  // Draws a name moved off its place (spot [dx, dy]) and a thin line from its area's point to the nearest
  // edge of the name; box is the name's box at its own place, size its type size in drawing units.
  const moveAside = (leaders, label, box, [dx, dy], size) => {
    const x0 = Number(label.dataset.x), y0 = Number(label.dataset.y);
    label.setAttribute("x", (x0 + dx).toFixed(1));
    label.setAttribute("y", (y0 + dy).toFixed(1));
    const near = (value, low, high) => Math.min(Math.max(value, low), high);
    const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("x1", x0.toFixed(1));
    line.setAttribute("y1", y0.toFixed(1));
    line.setAttribute("x2", near(x0, box.x + dx, box.x + dx + box.width).toFixed(1));
    line.setAttribute("y2", near(y0, box.y + dy, box.y + dy + box.height).toFixed(1));
    line.setAttribute("stroke", "#1A1A1A");
    line.setAttribute("stroke-width", (size / 9).toFixed(2));
    leaders.appendChild(line);
  };

  if (typeof module !== "undefined") {
    module.exports = { fitNames, placeNames };
    return;
  }
  window.ikNames = window.ikNames || { placeNames, moveAside };
})();
