"""Asking a graph: SPARQL, the networkx view, explanations, the browser view."""
