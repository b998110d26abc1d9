"""Signed unsubscribe links: they work without logging in, for a limited time.

A token names a member and one of their saved searches (or "all"). It is signed with the
site's secret key and a salt of its own, so a token made for anything else does not pass.
"""

from django.core import signing

from . import conf

SALT = "digests.unsubscribe"
ALL = "all"


def max_age():
    return conf.setting("COP_DIGEST_UNSUBSCRIBE_MAX_AGE")


def make_token(user, saved_search=None):
    target = saved_search.pk if saved_search is not None else ALL
    return signing.TimestampSigner(salt=SALT).sign_object({"u": user.pk, "s": target})


class InvalidToken(Exception):
    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def read_token(token):
    """(user id, saved search id or ALL). Raises InvalidToken."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=max_age())
    except signing.SignatureExpired as error:
        raise InvalidToken(expired=True) from error
    except (signing.BadSignature, ValueError, TypeError, UnicodeError) as error:
        raise InvalidToken() from error
    if not isinstance(data, dict):
        raise InvalidToken()
    user_id, target = data.get("u"), data.get("s")
    if type(user_id) is not int or not (target == ALL or type(target) is int):
        raise InvalidToken()
    return user_id, target
