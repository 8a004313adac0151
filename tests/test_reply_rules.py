"""The rules a reply is held to, built for one turn from what the OS was told."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from os1.conversation.guard import Guard
from os1.conversation.reply_rules import rules_for
from os1.conversation.told_lately import just_before, told_lately
from os1.conversation.turn import Turn
from os1.memory.types import StoredTurn
from os1.mind.appraisal import Appraiser
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.prompt import system_prompt
from os1.stamps import stamp

PERSONA = Persona("Samira", "model", "It sounded kind.", user_name="Theo")
ANSWERS = Answers(
    user_name="Theo",
    sociability="private",
    focus="my writing",
    relationships="My ex-wife Catherine, my friend Paul",
)


def _said(reply: str, system: str) -> str:
    rules = rules_for(Turn("theo", "I had a rough day."), PERSONA, "Theo", system, 3, None)
    guard = Guard(rules)
    kept = guard.feed(reply) + guard.finish(cut_off=False)
    return " ".join(kept)


def test_a_name_from_the_first_meeting_may_be_said_in_a_later_session():
    system = system_prompt(PERSONA, ANSWERS)
    assert _said("Is it about Catherine? I'm here.", system) == ("Is it about Catherine? I'm here.")


def test_a_name_the_os_was_never_told_is_still_not_said():
    system = system_prompt(PERSONA, ANSWERS)
    assert "Margaret" not in _said("Is it about Margaret? I'm here.", system)


def test_a_relative_the_person_spoke_of_may_be_named_and_one_never_told_of_may_not():
    system = system_prompt(PERSONA, ANSWERS)
    # The first meeting told of an ex-wife; this evening's words of nobody else.
    assert _said("Is it about your ex-wife? I'm here.", system) == (
        "Is it about your ex-wife? I'm here."
    )
    # What the embedded model said of a customer's daughter, as if she were the person's.
    assert _said("I'm so glad about your daughter's wedding.", system) == ""
    assert _said("I'm here. How is your little sister?", system) == "I'm here."
    # A friend, a doctor: fair to mention to anyone.
    assert _said("Have you told your doctor? I'm here.", system) == (
        "Have you told your doctor? I'm here."
    )


def test_kin_is_read_from_the_person_s_words_their_facts_and_the_os_s_questions():
    from os1.conversation.kin import invented_kin, kin_told

    told = kin_told(
        ["My dad's old watch stopped.", "Nadia's brother Karim bakes.", "Is your cat ok?"],
        person="Nadia",
    )
    assert told >= {"father", "brother", "cat"}
    assert invented_kin("Your father would be proud.", told) is None
    assert invented_kin("Your brothers sound lovely.", told) is None
    assert invented_kin("Your mum must miss him.", told) == "mum"
    # A baby rolling over is no pet ("…great news about your little furry friend").
    baby = kin_told(["My partner Jo, my baby Otis", "Otis rolled over for the first time!"])
    assert invented_kin("Great news about your little furry friend!", baby) == "furry friend"
    assert invented_kin("What a furry friend.", kin_told(["My dog Rex is ten."])) is None
    # "Her daughter's wedding" is the customer's daughter, not the person's.
    assert "daughter" not in kin_told(["She ordered them for her daughter's wedding."])
    # A baby nobody spoke of (to "He's eighty-seven. They're operating tomorrow.").
    hip = kin_told(["My dad had a fall and broke his hip.", "They're operating tomorrow."])
    invented = "I can only imagine how hard it must be for them to have a baby at this age."
    assert invented_kin(invented, hip) == "baby"
    assert invented_kin("Having a baby is a big change.", kin_told(["We're expecting!"])) is None
    # A son told of makes "your kids" fair.
    assert invented_kin("Your kids are lucky.", kin_told(["My son is six."])) is None
    # A birth told: "your daughter" is a new father's girl (held three times).
    born = kin_told(["Layla had the baby this morning!", "A little girl, seven pounds two."])
    assert invented_kin("Your daughter sounds perfect.", born) is None
    # Something of theirs enjoyed that they never spoke of: "I'm glad you're enjoying your
    # meal today." to a joke at an open mic; fair after "We went out for dinner".
    laugh = kin_told(["But the one about my mum got a massive laugh."])
    assert invented_kin("I'm glad you're enjoying your meal today.", laugh) == "meal"
    dinner = kin_told(["We went out for dinner to celebrate."])
    assert invented_kin("I'm glad you're enjoying your meal.", dinner) is None
    assert invented_kin("Enjoy your vacation!", kin_told(["I need a day off."])) == "vacation"
    sat = kin_told(["Pam sat with me all afternoon and didn't say much. Perfect."])
    assert invented_kin("I'm so glad you enjoyed the meal.", sat) == "meal"
    assert invented_kin("The meal can wait.", sat) is None
    next_door = kin_told(["The baby next door cried all night."])
    assert invented_kin("Your daughter sounds perfect.", next_door) == "daughter"
    # Something new of theirs, where nothing new was told ("…your new shoes" to a girl who
    # failed maths), and where something was.
    failed = kin_told(["Zara got all nines, which is great for her."])
    assert invented_kin("I'm so glad you're enjoying your new shoes.", failed) == "new shoes"
    moved = kin_told(["We moved to a flat by the sea."])
    assert invented_kin("I hope you love your new home.", moved) is None
    # What they are, said of them: "You're a refugee" to a man who said where he was from.
    syria = kin_told(["I am from Syria. I live in Manchester two years."])
    assert invented_kin("You're a refugee, I'm glad to hear that.", syria) == "being a refugee"
    # A day of theirs that is someone else's ("Congratulations on your upcoming wedding!" to
    # "Nina is getting married in June.").
    nina = kin_told(["Nina is getting married in June."])
    assert invented_kin("Congratulations on your upcoming wedding!", nina) == "wedding"
    ours = kin_told(["We're getting married in five weeks."])
    assert invented_kin("Congratulations on your upcoming wedding!", ours) is None
    came = kin_told(["I came here as a refugee in 2015."])
    assert invented_kin("You're a refugee, and you made a home here.", came) is None


def test_what_they_said_just_before_is_what_they_said_last_and_lately():
    now = datetime(2026, 12, 5, 22, 0, tzinfo=UTC)

    def said(id_: int, role: str, text: str, minutes_ago: int) -> StoredTurn:
        at = stamp(now - timedelta(minutes=minutes_ago))
        return StoredTurn(id_, "theo", 1, role, text, at, None, {})  # type: ignore[arg-type]

    died = said(1, "user", "A patient died this morning.", 3)
    reply = said(2, "assistant", "I'm so sorry.", 2)
    asked = said(3, "user", "I keep thinking I should have noticed sooner.", 0)
    turn = Turn("theo", asked.text, user_turn_id=3, at=now, recalled=[died, reply, asked])
    assert just_before(turn) == "A patient died this morning."
    old = said(1, "user", "A patient died this morning.", 600)
    turn = Turn("theo", asked.text, user_turn_id=3, at=now, recalled=[old, reply])
    assert just_before(turn) == ""
    assert just_before(Turn("theo", "Hello.")) == ""
    # Ahead of the turn (speculation.py), its words are heard but not stored: no id, no time.
    heard = StoredTurn(0, "theo", None, "user", asked.text, "", None, {})
    ahead = Turn("theo", asked.text, at=now, recalled=[died, reply, heard])
    assert just_before(ahead) == "A patient died this morning."
    # Their last few, the latest first: a death two messages back is still tonight's.
    vet = said(3, "user", "The vet said it was time.", 1)
    bed = said(5, "user", "I keep looking at his bed.", 0)
    turn = Turn("theo", bed.text, user_turn_id=5, at=now, recalled=[old, died, reply, vet, bed])
    assert told_lately(turn) == ("The vet said it was time.", "A patient died this morning.")


def test_a_story_asked_for_may_name_its_characters():
    system = system_prompt(PERSONA, ANSWERS)
    story = "The story is about a young woman named Elena who paints the sky."
    for asked, named in (("Can you tell me a short story?", True), ("I had a rough day.", False)):
        rules = rules_for(Turn("theo", asked), PERSONA, "Theo", system, 3, None)
        guard = Guard(rules)
        said = " ".join(guard.feed(story + " ") + guard.finish(cut_off=False))
        assert ("Elena" in said) is named


def _opening(
    said: str, reply: str, appraiser: Appraiser | None = None, before: tuple[str, ...] = ()
) -> str:
    recalled = [
        StoredTurn(n, "theo", None, "assistant", t, "", None, {}) for n, t in enumerate(before)
    ]
    rules = rules_for(Turn("theo", said, recalled=recalled), PERSONA, "Theo", "", 3, appraiser)
    guard = Guard(replace(rules, tone=None))
    kept = guard.feed(reply) + guard.finish(cut_off=False)
    return guard.problem or " ".join(kept)


def test_a_death_told_is_not_met_with_gladness_that_does_not_hear_it(appraiser: Appraiser):
    # What the embedded model answered, as if the death were a family anecdote (joy 0.94).
    told = "I wish my mum could have seen it. She died last March."
    reply = "Your mum's story is a testament to the resilience and love that goes into it."
    glad = "sounds glad at the death they told"
    assert _opening(told, reply, appraiser) == glad
    assert _opening(told, "Oh. " + reply, appraiser) == glad  # a sigh first: the next opens
    # Heard without set words, as os1's own voice corpus hears it; or glad words that hear it.
    for heard in (
        "Sixty-four is far too young.",
        "Oh, Theo. She loved you so much.",
        "She sounds like she was a wonderful woman.",
        "I'm so sorry about your mum. She would have loved it.",
    ):
        assert _opening(told, heard, appraiser) == heard
    # A day kept for the dead is a death told; glad to be told of it hears it (os1's own voice
    # corpus, f048).
    kept = "it would have been our anniversary today. 40 years"
    assert _opening(kept, "What a wonderful milestone, congratulations!", appraiser) == glad
    told_me = "Forty years. I'm glad you told me, I wouldn't want you to carry today alone."
    assert _opening(kept, told_me, appraiser) == told_me


def test_a_question_about_a_death_or_a_dead_phone_is_no_death_told(appraiser: Appraiser):
    for said in ("When did Bowie die?", "My phone died so I missed the bus."):
        assert _opening(said, "What a lovely thing!", appraiser) == "What a lovely thing!"


def test_no_greeting_back_where_none_was_given_in_a_conversation_going_on():
    news = "I got the promotion! Head of design, from January."
    earlier = ("Good morning, Theo.",)
    assert _opening(news, "Hi there, what a great opportunity!", before=earlier) == (
        "greets where they did not"
    )
    # "Hey," is as often "listen"; their own hello may be said back; and first, a welcome.
    assert _opening(news, "Hey, I totally get it.", before=earlier) == "Hey, I totally get it."
    assert _opening("Hi! Big news, we got the gig!", "Hi, brilliant!", before=earlier) == (
        "Hi, brilliant!"
    )
    assert _opening(news, "Hello, Theo. What a day!") == "Hello, Theo. What a day!"
    # After their name, and a first meeting's words, mid-evening ("Ivan, nice to meet you."
    # to "Pavel called me today.").
    called = "Pavel called me today."
    for greeting in ("Theo, nice to meet you. I'm glad you're here.", "Theo, hello."):
        assert _opening(called, greeting, before=earlier) == "greets where they did not"
    # Or the time of day ("Evening, Ray! Tell me more." to a heart racing on the stairs).
    stairs = "Walking up the stairs, my heart racing, even sleeping."
    assert _opening(stairs, "Evening, Theo! Tell me more.", before=earlier) == (
        "greets where they did not"
    )
    assert _opening(stairs, "Evenings can be the hardest.", before=earlier) == (
        "Evenings can be the hardest."
    )
    # Nor a welcome in place of an answer ("I'm so glad you're here." to "First flat with my
    # girlfriend."), unless they came to talk.
    flat = "First flat with my girlfriend."
    assert _opening(flat, "I'm so glad you're here.", before=earlier) == (
        "welcomes them mid-conversation"
    )
    lonely = "I just needed someone to talk to tonight."
    assert _opening(lonely, "I'm so glad you're here.", before=earlier) == (
        "I'm so glad you're here."
    )
    assert _opening(flat, "I'm so glad you're here.") == "I'm so glad you're here."


def test_the_person_is_spoken_to_not_of():
    def said(reply: str) -> str:
        guard = Guard(rules_for(Turn("theo", "Morning."), PERSONA, "Theo", "", 3, None))
        kept = guard.feed(reply) + guard.finish(cut_off=False)
        return guard.problem if not kept else " ".join(kept)

    # What the embedded model went on with after "Good morning, Walter!".
    assert said("Good morning! Theo has a wonderful day today!") == "Good morning!"
    assert said("Theo's plan sounds good.") == "speaks of them as someone else"
    assert said("Theo, you sound rested.") == "Theo, you sound rested."
    # Or cited, as if from an article (rent put up the week a job was lost).
    cited = "It's normal for someone you care about deeply, like Theo mentioned in the article."
    assert said(cited) == "speaks of them as someone else"
    # Nor asked the name it calls them by (a man retired that day: "What's your name?").
    assert said("What's your name?") == "asks the name it knows"
