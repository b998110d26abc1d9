"""The community's roles, as Django groups.

Group names are the contract between the setup (community.setup), the workflows that assign tasks
to groups, and the code that checks who may do what.
"""

MEMBERS = "Members"
REVIEWERS = "Reviewers"
EDITORS = "Editors"
MODERATORS = "Moderators"

ROLES = (MEMBERS, REVIEWERS, EDITORS, MODERATORS)


def is_member(user):
    """Members take part on the public site: contribute, rate, register, ask."""
    return user.is_authenticated and user.is_active and user.groups.filter(name=MEMBERS).exists()
