// One figure (map or chart) drawn inline from the server's SVG: cards on hover, focus and tap; one tab stop with
// arrow keys inside (roving tabindex); names sized for the screen and hidden where they do not fit; downloads of
// the picture with its title and sources inside, and of its numbers. Text from data is only ever set as text.
(() => {
  // What a card says: the item's name, its other non-empty lines, and the label of its link (by the page it opens).
  const cardText = (card, href, actions) => ({
    heading: card[0],
    lines: card.slice(1).filter(line => line),
    action: href ? actions[href.split("?")[0]] || actions.default : null,
  });

  // Roving tabindex: the index the key moves focus to from index `from`, given each item's centre; -1 for none.
  // Home and End go to the first and last; an arrow to the nearest item that lies that way (within a cone).
  const moveFocus = (key, from, centres) => {
    if (key === "Home") return 0;
    if (key === "End") return centres.length - 1;
    const [x0, y0] = centres[from];
    const axis = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
    let best = -1;
    let bestScore = Infinity;
    centres.forEach(([x, y], i) => {
      if (i === from) return;
      const along = (x - x0) * axis[0] + (y - y0) * axis[1];
      const across = Math.abs((x - x0) * axis[1] - (y - y0) * axis[0]);
      if (along <= 0 || across > 2 * along) return;
      const score = along + 2 * across;
      if (score < bestScore) { best = i; bestScore = score; }
    });
    return best;
  };


  // Text cut into lines of at most `width` characters at spaces (a longer word keeps a line of its own).
  const wrap = (text, width) => {
    const lines = [];
    let line = "";
    text.split(" ").forEach(word => {
      if (line && (line + " " + word).length > width) { lines.push(line); line = word; }
      else line = line ? `${line} ${word}` : word;
    });
    return line ? [...lines, line] : lines;
  };

  if (typeof module !== "undefined") {
    module.exports = { cardText, moveFocus, wrap };
    return;
  }
  const root = document.getElementById("__ROOT__");
  const payload = document.getElementById("__DATA__");
  if (!root || !payload || root.dataset.ready) return;
  root.dataset.ready = "1";
  const data = JSON.parse(payload.textContent);
  const canvas = root.querySelector(".ik-canvas");
  canvas.innerHTML = data.svg;
  const legend = root.querySelector(".ik-legend");
  if (legend) legend.innerHTML = data.legend;
  const svg = canvas.querySelector("svg");
  const ns = "http://www.w3.org/2000/svg";
  const links = [...svg.querySelectorAll("a[data-i]")];
  const card = root.querySelector(".ik-tip");
  const mark = document.createElementNS(ns, "path");
  mark.setAttribute("class", "ik-hl");
  svg.appendChild(mark);
  let current = links[0];
  let touched = false;

  const centre = link => {
    const box = link.getBBox();
    return [box.x + box.width / 2, box.y + box.height / 2];
  };
  const shapeOf = link => link.querySelector(".ik-area, .ik-site, .ik-bar");

  const fillCard = (link, tapped) => {
    const href = link.getAttribute("href");
    const text = cardText(data.items[Number(link.dataset.i)].card, href, data.actions);
    card.replaceChildren();
    const heading = document.createElement("p");
    heading.className = "ik-tip-heading";
    heading.textContent = text.heading;
    card.appendChild(heading);
    text.lines.forEach(line => {
      const p = document.createElement("p");
      p.textContent = line;
      card.appendChild(p);
    });
    if (href) {
      const open = document.createElement("a");
      open.href = href;
      open.target = "_self";
      open.className = "ik-tip-link";
      open.textContent = text.action;
      card.appendChild(open);
    }
    if (tapped) {
      const close = document.createElement("button");
      close.type = "button";
      close.className = "ik-tip-close";
      close.textContent = data.close;
      close.addEventListener("click", hide);
      card.appendChild(close);
    }
    card.classList.toggle("ik-tip-tapped", tapped);
    // A tapped card holds links a reader must reach; a hover or focus card repeats the area's own name.
    if (tapped) card.removeAttribute("aria-hidden");
    else card.setAttribute("aria-hidden", "true");
  };

  const place = (x, y) => {
    const room = canvas.getBoundingClientRect();
    card.hidden = false;
    const left = Math.min(Math.max(x + 16, 0), Math.max(room.width - card.offsetWidth, 0));
    const top = y + 16 + card.offsetHeight > room.height ? Math.max(y - card.offsetHeight - 16, 0) : y + 16;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  };

  const highlight = link => {
    const shape = shapeOf(link);
    mark.setAttribute("d", shape ? shape.getAttribute("d") : "");
  };

  const show = (link, how, event) => {
    highlight(link);
    fillCard(link, how === "tap");
    const room = canvas.getBoundingClientRect();
    if (event && how === "hover") {
      place(event.clientX - room.left, event.clientY - room.top);
    } else {
      const box = link.getBoundingClientRect();
      place(box.right - room.left, box.top - room.top + box.height / 2);
    }
  };

  function hide() {
    card.hidden = true;
    mark.setAttribute("d", "");
  }

  const focusItem = link => {
    links.forEach(other => other.setAttribute("tabindex", other === link ? "0" : "-1"));
    current = link;
    link.focus();
  };

  links.forEach((link, i) => {
    link.setAttribute("tabindex", i === 0 ? "0" : "-1");
    link.addEventListener("focus", () => { current = link; show(link, "focus"); });
    link.addEventListener("blur", event => {
      const staying = card.contains(event.relatedTarget) || card.classList.contains("ik-tip-tapped");
      if (!staying) hide();
    });
    link.addEventListener("pointerenter", event => {
      if (event.pointerType === "mouse") show(link, "hover", event);
    });
    link.addEventListener("pointermove", event => {
      if (event.pointerType === "mouse") show(link, "hover", event);
    });
    link.addEventListener("pointerleave", event => {
      if (event.pointerType === "mouse" && document.activeElement !== link) hide();
    });
  });

  svg.addEventListener("pointerdown", event => { touched = event.pointerType !== "mouse"; });
  svg.addEventListener("click", event => {
    const link = event.target.closest("a[data-i]");
    if (!link) return;
    if (touched || !link.getAttribute("href")) {
      event.preventDefault();
      current = link;
      show(link, "tap");
    }
  });
  svg.addEventListener("keydown", event => {
    if (!current) return; // a drawing without items has nothing to move between or open
    if (event.key === "Escape") { hide(); return; }
    if (event.key === "Enter" && current.getAttribute("href")) {
      event.preventDefault();
      window.location.assign(new URL(current.getAttribute("href"), window.location.href).href);
      return;
    }
    if (event.key !== "Home" && event.key !== "End" && !event.key.startsWith("Arrow")) return;
    event.preventDefault();
    const next = moveFocus(event.key, links.indexOf(current), links.map(centre));
    if (next !== -1) focusItem(links[next]);
  });
  root.addEventListener("keydown", event => { if (event.key === "Escape") hide(); });
  document.addEventListener("pointerdown", event => {
    if (!root.contains(event.target)) hide();
  });

  const labels = [...svg.querySelectorAll(".ik-label")]
    .sort((a, b) => Number(b.dataset.room) - Number(a.dataset.room));
  // Names are drawn at the reader's type size. On a county view, in presentation mode and on large screens
  // (--ik-names: all) a name may reach past its area; elsewhere it must fit inside. Names never overlap: the
  // roomiest areas are named first, and a name that does not fit is left out rather than drawn smaller.
  const fitLabels = () => {
    const shown = svg.getBoundingClientRect().width;
    if (!shown) return;
    const perUnit = shown / data.width;
    const px = parseFloat(getComputedStyle(root.querySelector(".ik-probe")).fontSize) || 13;
    const everywhere = data.allNames || getComputedStyle(root).getPropertyValue("--ik-names").trim() === "all";
    const size = px / perUnit;
    // Every name sized first, then all measured (one layout for the browser, not one per name), then placed.
    labels.forEach(label => {
      label.style.display = "";
      label.setAttribute("font-size", size.toFixed(1));
      label.setAttribute("stroke-width", (size / 4).toFixed(1));
    });
    labels.forEach(label => {
      label.setAttribute("x", label.dataset.x ?? (label.dataset.x = label.getAttribute("x")));
      label.setAttribute("y", label.dataset.y ?? (label.dataset.y = label.getAttribute("y")));
    });
    const measured = labels.map(label => ({
      box: label.getBBox(), room: Number(label.dataset.room), tall: Number(label.dataset.tall),
      must: label.dataset.rank === "2", lead: label.dataset.rank === "1",
    }));
    leaders.replaceChildren();
    const view = svg.viewBox.baseVal;
    const frame = view && view.width ? { x: view.x, y: view.y, width: view.width, height: view.height } : null;
    window.ikNames.placeNames(measured, everywhere, frame).forEach((spot, i) => {
      if (!spot) labels[i].style.display = "none";
      else if (spot[0] || spot[1]) window.ikNames.moveAside(leaders, labels[i], measured[i].box, spot, size);
    });
  };
  const leaders = document.createElementNS(ns, "g");
  leaders.setAttribute("class", "ik-leaders");
  leaders.setAttribute("aria-hidden", "true");
  svg.querySelector(".ik-labels")?.before(leaders);
  new ResizeObserver(fitLabels).observe(canvas);

  const textAt = (parent, x, y, size, content, weight) => {
    const node = document.createElementNS(ns, "text");
    node.setAttribute("x", x);
    node.setAttribute("y", y);
    node.setAttribute("font-size", size);
    node.setAttribute("fill", "#1A1A1A");
    if (weight) node.setAttribute("font-weight", weight);
    node.textContent = content;
    parent.appendChild(node);
  };
  const picture = () => {
    // A picture cannot use the page's web font: each text keeps its width in that font, whatever face draws it.
    // The legend band is measured too (shown for a moment above the view box, so never seen).
    const band = svg.querySelector(".ik-legend-band");
    band.style.display = "inline";
    const widths = [...svg.querySelectorAll("text")].map(node => node.getComputedTextLength());
    band.style.display = "";
    const copy = svg.cloneNode(true);
    copy.querySelectorAll("text").forEach((node, i) => {
      if (widths[i] > 0) {
        node.setAttribute("textLength", widths[i].toFixed(1));
        node.setAttribute("lengthAdjust", "spacingAndGlyphs");
      }
    });
    copy.querySelector(".ik-hl").remove();
    copy.querySelector(".ik-legend-band").setAttribute("style", "display:inline");
    copy.querySelectorAll(".ik-label[style*='none']").forEach(node => node.remove());
    const size = data.font;
    const chars = Math.floor(data.width / (size * 0.5));
    const titleLines = wrap(data.title, Math.floor(chars / 1.3));
    const sourceLines = data.sources.flatMap(source => wrap(source, chars));
    const head = titleLines.length * size * 1.6 + size;
    const foot = sourceLines.length * size * 1.3 + size;
    const height = data.height + head + foot;
    copy.setAttribute("viewBox", `0 ${-head} ${data.width} ${height}`);
    copy.setAttribute("width", data.width);
    copy.setAttribute("height", Math.ceil(height));
    const ground = document.createElementNS(ns, "rect");
    ground.setAttribute("y", -head);
    ground.setAttribute("width", data.width);
    ground.setAttribute("height", height);
    ground.setAttribute("fill", "#FFFFFF");
    copy.insertBefore(ground, copy.firstChild.nextSibling);
    titleLines.forEach((line, i) => textAt(copy, 4, -head + size * 1.6 * (i + 1), size * 1.3, line, "600"));
    sourceLines.forEach((line, i) => textAt(copy, 4, data.height + size * 1.3 * (i + 1), size * 0.9, line));
    return { text: new XMLSerializer().serializeToString(copy), width: data.width, height: Math.ceil(height) };
  };
  const save = (href, name) => {
    const link = document.createElement("a");
    link.href = href;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  };
  root.parentElement.querySelectorAll("[data-ik-save]").forEach(button => {
    button.addEventListener("click", async event => {
      event.preventDefault();
      const kind = button.dataset.ikSave;
      if (kind.startsWith("file-")) {
        const file = data.files[Number(kind.slice(5))];
        save(URL.createObjectURL(new Blob([file.text], { type: "text/csv;charset=utf-8" })), file.name);
        return;
      }
      const drawn = picture();
      const blob = new Blob([drawn.text], { type: "image/svg+xml" });
      if (kind === "svg") { save(URL.createObjectURL(blob), `${data.file}.svg`); return; }
      const image = new Image();
      image.src = URL.createObjectURL(blob);
      await image.decode();
      const scale = 2;
      const board = document.createElement("canvas");
      board.width = drawn.width * scale;
      board.height = drawn.height * scale;
      const context = board.getContext("2d");
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, drawn.width, drawn.height);
      save(board.toDataURL("image/png"), `${data.file}.png`);
    });
  });
  const skip = root.querySelector(".ik-skip");
  skip.addEventListener("click", event => {
    event.preventDefault();
    document.getElementById(skip.getAttribute("href").slice(1)).focus();
  });
})();
