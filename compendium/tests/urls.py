"""The project's URLs with compendium.urls before Wagtail's catch-all, as cop_cms/urls.py
should include them (see compendium/urls.py)."""

from compendium.urls import urlpatterns as compendium_urlpatterns
from cop_cms.urls import urlpatterns as project_urlpatterns

urlpatterns = [*compendium_urlpatterns, *project_urlpatterns]
