"""Template context for the plugin's pages.

A host adds ``"contributions.context_processors.plugin"`` to its ``TEMPLATES`` context
processors; without it the pages extend ``"base.html"``.
"""

from .conf import setting


def plugin(request):
    """``cop_base_template``: the host template that ``contributions/base.html`` extends."""
    return {"cop_base_template": setting("COP_BASE_TEMPLATE")}
