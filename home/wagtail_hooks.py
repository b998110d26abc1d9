from wagtail import hooks

from . import demo


@hooks.register("cop_seed_demo", order=0)
def seed_site(log, **options):
    demo.seed(log, **options)
