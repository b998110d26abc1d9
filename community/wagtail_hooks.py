from wagtail import hooks

from . import demo


@hooks.register("cop_seed_demo", order=5)
def seed_demo_accounts(log, with_accounts=False, password=None, **options):
    if not with_accounts:
        return
    credentials = demo.seed_accounts(log, password=password)
    options["report"].extend(
        f"{username} / {password}  ({role})" for username, role in credentials
    )
