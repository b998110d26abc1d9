import socket


def closed_smtp_port():
    """A loopback port nothing listens on: connecting is refused, as with a dead mail server."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port
