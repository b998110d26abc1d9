"""The community's roles, as Django groups.

Group names are the contract between the roles data migration, the workflows that assign tasks
to groups, and the code that checks who may do what.
"""

MEMBERS = "Members"
REVIEWERS = "Reviewers"
EDITORS = "Editors"
MODERATORS = "Moderators"

ROLES = (MEMBERS, REVIEWERS, EDITORS, MODERATORS)
