from wagtail import hooks


@hooks.register("cop_search_actions")
def save_search_action(request, query):
    from .views import search_action

    return search_action(request, query)


@hooks.register("cop_account_sections", order=40)
def saved_searches_section(request):
    from .views import account_section

    return account_section(request)
