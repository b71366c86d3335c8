"""One module per page, named like the page: caching and composition of what it shows."""
