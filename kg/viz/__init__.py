"""The entity graph as a self-contained HTML page (pyvis / vis-network, no network requests)."""

from .page import DEFAULT_MAX_NODES, HTML_FILE, html_writer, render_html, write_html, write_page

__all__ = ["DEFAULT_MAX_NODES", "HTML_FILE", "html_writer", "render_html", "write_html", "write_page"]
