// A figure's downloads: its picture as SVG or PNG with its title and sources inside, and its numbers as CSV.
// Loaded once per page before figure.js, which calls window.ikFigureSaves once it has drawn a figure.
(() => {
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
    module.exports = { wrap };
    return;
  }

  window.ikFigureSaves = (root, svg, data) => {
    const ns = "http://www.w3.org/2000/svg";
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
  };
})();
