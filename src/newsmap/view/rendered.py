"""Folium's rendered scripts kept as text, never read again as templates.

Why: branca (0.8.2) renders each map element with its Jinja template, then wraps the output in
a new ``Element``, which compiles that output as one more template; rendering the page runs it.
Our maps carry text from outside (article titles and sources in the place popups, the map
title typed into the page or a URL), so ``{{ ... }}`` in a title ran as Jinja on the server
(Python attributes reachable) and ``{%`` made the whole map fail to render. Compiling the
output was also the largest cost of drawing a map: Jinja tokenised every GeoJSON again,
about 0.3 s of each dashboard map.

`install` replaces ``MacroElement.render`` (the step every folium element goes through) with
the same steps that keep the output as text. It is a patch of a pinned library, checked by
tests/unit/test_rendered.py against the original's output; nothing else is patched.
"""

from __future__ import annotations

from typing import Any

from branca.element import Element, Figure, MacroElement

#: The branca release whose ``MacroElement.render`` this mirrors.
BRANCA_VERSION = "0.8.2"
_ORIGINAL = MacroElement.render


class RenderedText(Element):
    """Text an element has already rendered, emitted as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


def _render_as_text(self: MacroElement, **kwargs: Any) -> None:
    """``MacroElement.render`` of branca 0.8.2, with each macro's output added as text."""
    figure = self.get_root()
    if not isinstance(figure, Figure):
        raise TypeError("You cannot render this Element if it is not in a Figure.")
    macros = self._template.module.__dict__
    for part, target in (
        ("header", figure.header),
        ("html", figure.html),
        ("script", figure.script),
    ):
        macro = macros.get(part)
        if macro is not None:
            target.add_child(RenderedText(macro(self, kwargs)), name=self.get_name())
    for element in self._children.values():
        element.render(**kwargs)


def install() -> None:
    """Render every folium element's output as text from now on (idempotent)."""
    MacroElement.render = _render_as_text  # type: ignore[method-assign]  # the patch itself


def original_render() -> Any:
    """branca's own ``MacroElement.render``, for the test that compares the two."""
    return _ORIGINAL
