"""Maps drawn on the server as SVG: projection, drawing, legends, layers and composed maps."""
