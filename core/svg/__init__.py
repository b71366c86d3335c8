"""The drawing kit that maps and charts share: drawings, legends, fills and text widths."""
