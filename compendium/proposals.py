"""Moderators' decisions on members' criterion proposals."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Criterion, CriterionProposal


class ProposalError(Exception):
    pass


@transaction.atomic
def accept(proposal, user):
    """Apply the proposal to the criteria: a new criterion, or the change to one."""
    if proposal.status != CriterionProposal.STATUS_PENDING:
        raise ProposalError(_("This proposal has already been decided."))
    criterion = proposal.criterion or Criterion()
    criterion.name = proposal.name
    criterion.description = proposal.description
    criterion.guiding_questions = proposal.guiding_questions
    clash = (
        Criterion.objects.originals().filter(name=proposal.name).exclude(pk=criterion.pk).exists()
    )
    if clash:
        raise ProposalError(_("Another criterion already has this name."))
    criterion.save()
    _decide(proposal, user, CriterionProposal.STATUS_ACCEPTED, criterion)
    return criterion


@transaction.atomic
def decline(proposal, user):
    if proposal.status != CriterionProposal.STATUS_PENDING:
        raise ProposalError(_("This proposal has already been decided."))
    _decide(proposal, user, CriterionProposal.STATUS_DECLINED)


def _decide(proposal, user, status, criterion=None):
    proposal.status = status
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    if criterion is not None:
        proposal.criterion = criterion
    proposal.save()
