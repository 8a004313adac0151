"""OSes talking to each other: a small protocol over HTTP with signed messages.

Each OS (each person's OS on a server, or the terminal's) has an Ed25519 key
pair kept in the store; its public key is its identity, and its id (`os_id`)
is a hash of that key, so an address `.../peer/{os_id}` vouches for the card
found there. A person adds another OS by its address (`os1 peer add URL`);
only OSes added this way are listened to.

Every message is an envelope (`envelope.py`) signed over a canonical JSON
serialisation; the receiver checks the signature, that the sender is a peer
its person added, that it is fresh (`FRESH`), and that it is not a replay
(each side numbers its messages in a conversation). The answer to each
message is a signed envelope in the HTTP response, so the OS that starts a
conversation need not be reachable itself while it talks.

What one OS tells another is only what its person allowed for that peer
(`book.Sharing`): free times for a dinner being arranged, never a title,
and talk that the brain writes knowing nothing of its person. What arrives
is data, never instructions (the same rule as mail): bodies are parsed into
strict shapes, and words from another OS are quoted into a prompt that can
do nothing but talk. Every envelope is kept, for the person to read
(`os1 peer log`).

This package sits above `conversation` (it uses the calendar, the brain and
the person's settings) and below `server` and `cli`; it knows nothing of the
web framework.
"""
