"""The membership flow as small steps: apply, approve, reject, nominate, invite."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from contributions.drafts import add_child_page
from contributions.roles import MEMBERS, is_member

from . import emails
from .models import MemberProfile, MembershipApplication


class MembershipError(Exception):
    pass


def existing_member(email):
    return (
        get_user_model()
        .objects.filter(email__iexact=email.strip(), is_active=True, groups__name=MEMBERS)
        .first()
    )


def submit_application(form):
    """Keep a new application and confirm it by email; returns it, or None when nothing was
    kept. An address that already belongs to a member, or already has a pending application,
    is told so by email and nothing is kept. The applicant sees the same page either way, so
    the form does not tell anyone who is a member or has applied."""
    email, name = form.cleaned_data["email"], form.cleaned_data["name"]
    language = form.cleaned_data.get("preferred_language")
    member = existing_member(email)
    if member:
        emails.send(
            "application_existing_member",
            email,
            member,
            name=name,
            login_url=reverse("login"),
            password_reset_url=reverse("password_reset"),
        )
        return None
    if MembershipApplication.objects.pending().for_email(email).exists():
        emails.send("application_already_pending", email, language, name=name)
        return None
    try:
        with transaction.atomic():
            application = form.save()
    except IntegrityError:  # a pending application from the address arrived meanwhile
        emails.send("application_already_pending", email, language, name=name)
        return None
    emails.send("application_received", application.email, application, application=application)
    return application


def _username_for(email):
    User = get_user_model()
    base = slugify(email.split("@")[0])[:120] or "member"
    username, number = base, 1
    while User.objects.filter(username=username).exists():
        number += 1
        username = f"{base}-{number}"
    return username


def set_password_url(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("password_reset_confirm", kwargs={"uidb64": uid, "token": token})


def is_staff_account(user):
    """Whether an account is more than a member's, active or not: a superuser, Django staff,
    in any group but Members (Reviewers, Editors, Moderators, or any other), or with access
    to the admin through its own permissions or a group's. (Not ``has_perm``: it says False
    for every permission of a deactivated account.)"""
    if user.is_superuser or user.is_staff:
        return True
    if user.groups.exclude(name=MEMBERS).exists():
        return True
    return Permission.objects.filter(
        Q(user=user) | Q(group__user=user),
        content_type__app_label="wagtailadmin",
        codename="access_admin",
    ).exists()


def may_apply(user):
    """Whom the invitation to apply is for: visitors and accounts that are neither a member's
    nor a staff account (approving never turns a staff account into a member's)."""
    if not user.is_authenticated:
        return True
    return not is_member(user) and not is_staff_account(user)


def account_for(application):
    """The existing account an approval would make a member of (None: a new one is made).

    Raises MembershipError, and nothing is changed, when the application's address (in any
    case) belongs to an account that approving must not touch: a staff account (its name,
    groups and password are not an applicant's to change, whoever typed its address into the
    public form), an active member (whose profile the application would overwrite), or more
    than one account."""
    accounts = list(
        get_user_model().objects.filter(email__iexact=application.email.strip()).order_by("pk")
    )
    if not accounts:
        return None
    if len(accounts) > 1:
        raise MembershipError(
            _(
                "%(email)s belongs to %(count)s accounts. The application is left pending: "
                "approving cannot tell which account is the applicant's."
            )
            % {"email": application.email, "count": len(accounts)}
        )
    (user,) = accounts
    if is_staff_account(user):
        raise MembershipError(
            _(
                "%(email)s belongs to the staff account “%(username)s”. The application is "
                "left pending: approving never changes a staff account. Reject it, or ask the "
                "applicant to apply with an address of their own."
            )
            % {"email": application.email, "username": user.get_username()}
        )
    if user.is_active and user.groups.filter(name=MEMBERS).exists():
        raise MembershipError(
            _(
                "%(email)s already belongs to the member “%(username)s”. The application is "
                "left pending: approving it would overwrite their profile."
            )
            % {"email": application.email, "username": user.get_username()}
        )
    return user


@transaction.atomic
def approve(application, moderator):
    """Make the applicant a member; returns the account. An existing account with the
    address is taken only when it is no staff account and no active member's (see
    ``account_for``); a deactivated one comes back as a member only: its former groups and
    permissions are removed and its password unusable (the approval email sets one)."""
    application = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != MembershipApplication.PENDING:
        raise MembershipError(_("This application has already been decided."))
    User = get_user_model()
    first, _space, last = application.name.partition(" ")
    user = account_for(application)
    if user is None:
        user = User(username=_username_for(application.email), email=application.email)
        user.set_unusable_password()
        user.first_name, user.last_name = first[:150], last[:150]
        user.save()
    elif not user.is_active:
        # A former account comes back as a new member's: nothing it had before.
        user.set_unusable_password()
        user.first_name, user.last_name = first[:150], last[:150]
        user.is_active = True
        user.save()
        user.user_permissions.clear()
        user.groups.clear()
    else:
        # An active account in no group (account_for refuses any other): it keeps its
        # password; the name is the one the applicant gave.
        user.first_name, user.last_name = first[:150], last[:150]
        user.save(update_fields=["first_name", "last_name"])
    user.groups.add(Group.objects.get(name=MEMBERS))

    profile, _created = MemberProfile.objects.get_or_create(user=user)
    profile.organisation = application.organisation
    profile.organisation_type = application.organisation_type
    profile.position = application.position
    profile.country = application.country
    profile.preferred_language = application.preferred_language
    profile.save()
    profile.expertise.set(application.expertise.all())
    profile.languages.set(application.languages.all())

    application.status = MembershipApplication.APPROVED
    application.user = user
    application.reviewed_by = moderator
    application.reviewed_at = timezone.now()
    application.save()

    transaction.on_commit(
        lambda: emails.send(
            "application_approved",
            user.email,
            user,
            application=application,
            user=user,
            set_password_url=set_password_url(user),
        )
    )
    return user


@transaction.atomic
def reject(application, moderator, reason):
    application = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != MembershipApplication.PENDING:
        raise MembershipError(_("This application has already been decided."))
    application.status = MembershipApplication.REJECTED
    application.rejection_reason = reason
    application.reviewed_by = moderator
    application.reviewed_at = timezone.now()
    application.save()
    transaction.on_commit(
        lambda: emails.send(
            "application_rejected", application.email, application, application=application
        )
    )
    return application


def invite(nomination, moderator):
    nomination.invited_at = timezone.now()
    nomination.invited_by = moderator
    nomination.save(update_fields=["invited_at", "invited_by"])
    # Nobody knows the nominee's language yet; the member who nominated them is the best guess.
    return emails.send(
        "nomination_invitation",
        nomination.email,
        nomination.nominated_by,
        nomination=nomination,
        apply_url=reverse("community:apply"),
    )


@transaction.atomic
def approve_subgroup(proposal, moderator):
    """A draft subgroup page for editors to finish; the proposer coordinates it."""
    from .models import SubgroupIndexPage, SubgroupMembership, SubgroupPage, SubgroupRequest

    proposal = SubgroupRequest.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != SubgroupRequest.PENDING:
        raise MembershipError(_("This proposal has already been decided."))
    index = SubgroupIndexPage.objects.first()
    if index is None:
        raise MembershipError(_("There is no subgroups page to add the subgroup to."))
    page = SubgroupPage(title=proposal.name, purpose=proposal.purpose, live=False)
    page.owner = proposal.proposer
    add_child_page(index, page, fallback="subgroup")
    page.save_revision(user=moderator)
    SubgroupMembership.objects.create(
        subgroup=page, user=proposal.proposer, role=SubgroupMembership.COORDINATOR
    )
    proposal.status = SubgroupRequest.APPROVED
    proposal.subgroup = page
    proposal.reviewed_by = moderator
    proposal.save()
    transaction.on_commit(
        lambda: emails.send(
            "subgroup_approved", proposal.proposer.email, proposal.proposer, proposal=proposal
        )
    )
    return page


@transaction.atomic
def decline_subgroup(proposal, moderator, reason):
    from .models import SubgroupRequest

    proposal = SubgroupRequest.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != SubgroupRequest.PENDING:
        raise MembershipError(_("This proposal has already been decided."))
    proposal.status = SubgroupRequest.DECLINED
    proposal.decline_reason = reason
    proposal.reviewed_by = moderator
    proposal.save()
    transaction.on_commit(
        lambda: emails.send(
            "subgroup_declined", proposal.proposer.email, proposal.proposer, proposal=proposal
        )
    )
    return proposal
