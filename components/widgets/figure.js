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


  if (typeof module !== "undefined") {
    module.exports = { cardText, moveFocus };
    return;
  }
  // One figure: its root element and the element holding its data (JSON).
  const setUp = (root, payload) => {
    root.dataset.ready = "1";
    const data = JSON.parse(payload.textContent);
    // The legend's symbols (inline SVG, which the sanitiser drops) go in at once: the legend then has its
    // height before the figure is drawn, and nothing below it moves when it is.
    const legend = root.querySelector(".ik-legend");
    if (legend) legend.innerHTML = data.legend;

    // A figure is drawn when it comes within a screen of the view, not before: a phone opening a long page then
    // draws only what it shows. Printing, focus (Tab reaches the skip link first), a touch or click on it, and
    // the front's snapshot leaving (front/snapshot.js: the figures it showed) draw it at once.
    let drawn = false;
    const near = () => {
      const box = root.getBoundingClientRect();
      return box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight;
    };
    const waiting = new AbortController(); // ends every listener below at once
    const draw = () => {
      if (drawn) return;
      drawn = true;
      watcher.disconnect();
      waiting.abort();
      if (root.isConnected) drawNow(); // a figure a rerun replaced is not drawn
    };
    // The page scrolls inside Streamlit's main column, so "a screen away" is measured there.
    const scroller = root.closest('[data-testid="stMain"]');
    const watcher = new IntersectionObserver(entries => {
      if (entries.some(entry => entry.isIntersecting)) draw();
    }, { root: scroller, rootMargin: "100% 0px" });
    watcher.observe(root);
    const { signal } = waiting;
    ["focusin", "pointerdown"].forEach(kind => root.addEventListener(kind, draw, { signal }));
    window.addEventListener("beforeprint", draw, { signal });
    window.addEventListener("ik-snapshot-leaving", () => { if (near()) draw(); }, { signal });
    window.matchMedia("print").addEventListener("change", draw, { signal });

    function drawNow() {
      const canvas = root.querySelector(".ik-canvas");
      canvas.innerHTML = data.svg;
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

      window.ikFigureSaves(root, svg, data);
      const skip = root.querySelector(".ik-skip");
      skip.addEventListener("click", event => {
        event.preventDefault();
        document.getElementById(skip.getAttribute("href").slice(1)).focus();
      });
    }
  };

  // Loaded once per page (components/shell/frame.py); each figure's own script queues its ids and calls this,
  // so figures set up in whichever order the page's elements arrive.
  const queue = (window.ikFigureQueue = window.ikFigureQueue || []);
  window.ikFigureRun = () => {
    while (queue.length) {
      const [rootId, dataId] = queue.shift();
      const root = document.getElementById(rootId);
      const payload = document.getElementById(dataId);
      if (root && payload && !root.dataset.ready) setUp(root, payload);
    }
  };
  window.ikFigureRun();
})();
