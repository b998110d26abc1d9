from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse
from wagtail import hooks


@login_required
def account(request):
    """The signed-in person's page. Each app adds its section through the
    ``cop_account_sections`` hook (a function of the request returning HTML)."""
    sections = [section(request) for section in hooks.get_hooks("cop_account_sections")]
    return TemplateResponse(request, "community/account.html", {"sections": sections})
