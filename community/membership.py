"""The membership flow as small steps: apply, approve, reject, nominate, invite."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify

from contributions.roles import MEMBERS

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
    if existing_member(email):
        emails.send(
            "application_existing_member",
            email,
            name=name,
            login_url=reverse("login"),
            password_reset_url=reverse("password_reset"),
        )
        return None
    if MembershipApplication.objects.pending().for_email(email).exists():
        emails.send("application_already_pending", email, name=name)
        return None
    try:
        with transaction.atomic():
            application = form.save()
    except IntegrityError:  # a pending application from the address arrived meanwhile
        emails.send("application_already_pending", email, name=name)
        return None
    emails.send("application_received", application.email, application=application)
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


@transaction.atomic
def approve(application, moderator):
    application = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != MembershipApplication.PENDING:
        raise MembershipError("This application has already been decided.")
    User = get_user_model()
    first, _, last = application.name.partition(" ")
    user = User.objects.filter(email__iexact=application.email).first()
    if user is None:
        user = User(username=_username_for(application.email), email=application.email)
        user.set_unusable_password()
    user.first_name, user.last_name = first[:150], last[:150]
    user.is_active = True
    user.save()
    user.groups.add(Group.objects.get(name=MEMBERS))

    profile, _ = MemberProfile.objects.get_or_create(user=user)
    profile.organisation = application.organisation
    profile.organisation_type = application.organisation_type
    profile.position = application.position
    profile.country = application.country
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
        raise MembershipError("This application has already been decided.")
    application.status = MembershipApplication.REJECTED
    application.rejection_reason = reason
    application.reviewed_by = moderator
    application.reviewed_at = timezone.now()
    application.save()
    transaction.on_commit(
        lambda: emails.send("application_rejected", application.email, application=application)
    )
    return application


def invite(nomination, moderator):
    nomination.invited_at = timezone.now()
    nomination.invited_by = moderator
    nomination.save(update_fields=["invited_at", "invited_by"])
    return emails.send(
        "nomination_invitation",
        nomination.email,
        nomination=nomination,
        apply_url=reverse("community:apply"),
    )


@transaction.atomic
def approve_subgroup(proposal, moderator):
    """A draft subgroup page for editors to finish; the proposer coordinates it."""
    from .models import SubgroupIndexPage, SubgroupMembership, SubgroupPage, SubgroupRequest

    proposal = SubgroupRequest.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != SubgroupRequest.PENDING:
        raise MembershipError("This proposal has already been decided.")
    index = SubgroupIndexPage.objects.first()
    if index is None:
        raise MembershipError("There is no subgroups page to add the subgroup to.")
    base = slugify(proposal.name)[:60] or "subgroup"
    slug, number = base, 1
    while index.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    page = SubgroupPage(title=proposal.name, slug=slug, purpose=proposal.purpose, live=False)
    page.owner = proposal.proposer
    index.add_child(instance=page)
    page.save_revision(user=moderator)
    SubgroupMembership.objects.create(
        subgroup=page, user=proposal.proposer, role=SubgroupMembership.COORDINATOR
    )
    proposal.status = SubgroupRequest.APPROVED
    proposal.subgroup = page
    proposal.reviewed_by = moderator
    proposal.save()
    transaction.on_commit(
        lambda: emails.send("subgroup_approved", proposal.proposer.email, proposal=proposal)
    )
    return page


@transaction.atomic
def decline_subgroup(proposal, moderator, reason):
    from .models import SubgroupRequest

    proposal = SubgroupRequest.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != SubgroupRequest.PENDING:
        raise MembershipError("This proposal has already been decided.")
    proposal.status = SubgroupRequest.DECLINED
    proposal.decline_reason = reason
    proposal.reviewed_by = moderator
    proposal.save()
    transaction.on_commit(
        lambda: emails.send("subgroup_declined", proposal.proposer.email, proposal=proposal)
    )
    return proposal
