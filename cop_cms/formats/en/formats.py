# The demo site writes English dates the international way ("2 December 2026, 14:30"), as the
# community's UN and NGO readers do, rather than Django's American default ("Dec. 2, 2026,
# 2:30 p.m."). Spanish and French keep Django's formats; a host site chooses its own.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
