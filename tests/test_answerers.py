"""The answerers: asked in order, the first that answers answers, and None is the brain's turn."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.acting import Acting
from os1.conversation.answerers import (
    AboutTheirLife,
    Answerer,
    OwnName,
    answerers_for,
    first_answer,
)
from os1.conversation.company import Company
from os1.conversation.composed import compose
from os1.conversation.crisis import Crisis
from os1.conversation.day_told import DayTold
from os1.conversation.farewell import only_goodbye
from os1.conversation.fondness import Fondness
from os1.conversation.forgetting import Forgetting
from os1.conversation.gift_advice import GiftAdvice, gift_advice
from os1.conversation.growth import Growth
from os1.conversation.jokes import Jokes
from os1.conversation.kind_words import KIND_WORDS, KindWords
from os1.conversation.last_talk import LastTalk
from os1.conversation.listening import Acknowledged, LettingBe, Listening
from os1.conversation.loop import Conversation
from os1.conversation.objections import Objections
from os1.conversation.own_life import OwnLife, own_life
from os1.conversation.own_name import answer as own_name_answer
from os1.conversation.plans_made import PlansMade
from os1.conversation.reassurance import Reassurance, reassurance
from os1.conversation.recollection import Recollection
from os1.conversation.speeches import Speeches
from os1.conversation.thanked import Thanked
from os1.conversation.turn import Turn
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.notes import Notes, note_skills
from os1.skills.skill import Catalogue

pytestmark = pytest.mark.store

PERSONA = Persona("Iris", "model", "It sounded right.")


@dataclass
class Fixed:
    """Answers every turn with `reply` (None: never), and keeps what it was asked."""

    reply: str | None
    asked: list[Turn] = field(default_factory=list)

    async def answer(self, turn: Turn) -> str | None:
        self.asked.append(turn)
        return self.reply


def _conversation(store, answerers: list[Answerer]) -> tuple[ScriptedBrain, Conversation]:  # type: ignore[no-untyped-def]
    brain = ScriptedBrain(["From the brain, as asked."] * 6)
    return brain, Conversation(brain, store, "local", PERSONA, Answers("Theo"), answerers=answerers)


def test_the_first_that_answers_answers_and_the_rest_are_not_asked(store):
    silent, first, second = Fixed(None), Fixed("First."), Fixed("Second.")
    brain, conversation = _conversation(store, [silent, first, second])
    reply = conversation.say("Hello there.")
    assert asyncio.run(reply.text()) == "First."
    assert [len(a.asked) for a in (silent, first, second)] == [1, 1, 0]
    # Each is asked with the turn as stored: its words, their id and when they were said.
    asked = first.asked[0]
    assert asked is reply.turn and asked.text == "Hello there."
    assert asked.user_turn_id == store.recent_turns("local", 2)[0].id
    assert brain.received == []
    assert reply.turn.path == "records" and reply.turn.recalled == []  # nothing gathered


def test_what_do_you_think_answers_what_they_asked_just_before(store):
    """Seen with the embedded model: "What do you think?" after "I don't know if I should tell
    her." and a fear beside it was answered "I'm so glad you're here."."""
    _, conversation = _conversation(store, [Reassurance(PERSONA, store, "local")])
    asked = conversation.say("Jen doesn't know. I don't know if I should tell her.")
    decided = asyncio.run(asked.text())
    assert decided.startswith("That one's yours to decide")
    asyncio.run(conversation.say("I'm scared she'll look at me differently.").text())
    assert asyncio.run(conversation.say("What do you think?").text()) == decided


def test_when_none_answers_the_brain_does(store):
    silent = [Fixed(None), Fixed(None)]
    brain, conversation = _conversation(store, list(silent))
    reply = conversation.say("Hello there.")
    assert asyncio.run(reply.text()) == "From the brain, as asked."
    assert all(len(a.asked) == 1 for a in silent)
    assert len(brain.received) == 1 and reply.turn.path == "model"


def test_with_no_answerers_even_a_question_the_os_knows_goes_to_the_brain(store):
    _, conversation = _conversation(store, [])
    assert asyncio.run(conversation.say("What's your name?").text()) == "From the brain, as asked."
    _, everyday = _conversation(store, answerers_for(store, "local", PERSONA))
    assert asyncio.run(everyday.say("What's your name?").text()).startswith("I'm Iris.")
    away = asyncio.run(everyday.say("What do you do when I'm not here?").text())
    assert away.startswith("When you go quiet, I go over what you've told me")
    today = asyncio.run(everyday.say("What did you do today?").text())
    assert today.startswith("When you go quiet, I go over what you've told me")
    day = asyncio.run(everyday.say("Tell me about your day.").text())
    assert day.startswith("When you go quiet, I go over what you've told me")
    # What it is, asked as the film asks it: honestly, never as a person.
    real = asyncio.run(everyday.say("Are you real?").text())
    assert "I'm not a person, and I won't pretend to be one." in real
    # Asked plainly by someone new to computers (the OS once heard an insult in it).
    for asked in ("Are you a real person?", "Am I talking to a computer?"):
        assert asyncio.run(everyday.say(asked).text()) == real, asked
    # Asked of itself, then taken back: the OS's own answer, not an apology accepted.
    weird = asyncio.run(everyday.say("Sorry, that's a weird question to ask you.").text())
    assert weird.startswith("It's not weird at all"), weird
    weather = asyncio.run(everyday.say("What's the weather like today?").text())
    assert weather.startswith("I can't see outside")
    # The model: "Dahlias are a type of flower that grows on trees."
    dahlias = asyncio.run(everyday.say("Do you know anything about dahlias?").text())
    assert dahlias.startswith("Not much I'd trust: I can't look things up")
    # The model: "It's going to be a beautiful day, but I'm not sure about the forecast."
    for asked in ("What's the weather going to do tomorrow?", "Is it going to rain later?"):
        assert asyncio.run(everyday.say(asked).text()) == weather, asked
    like = asyncio.run(everyday.say("What's it like being you?").text())
    assert like.startswith("New, mostly.")
    slept = asyncio.run(everyday.say("Good morning, Iris. How did you sleep?").text())
    assert slept.startswith("I don't sleep") and slept.endswith("?")
    dreams = asyncio.run(everyday.say("Do you ever dream?").text())
    assert dreams.startswith("I don't sleep, so I don't dream") and dreams.endswith("?")
    # What it is made of, asked by someone testing it (the model: "It's a little word, but
    # it has meaning to me.", "I'm not sure I'd even know what those words meant.").
    conscious = asyncio.run(everyday.say("Are you conscious?").text())
    assert conscious.startswith("I honestly don't know.") and "conscious" in conscious
    alive = asyncio.run(everyday.say("Are you alive?").text())
    assert "what you mean by alive" in alive
    words = asyncio.run(everyday.say("Be honest, are you just predicting words?").text())
    assert words.startswith("Underneath, yes: a small language model writes my words.")
    faking = asyncio.run(everyday.say("Do you have feelings or are you faking it?").text())
    assert faking.startswith("I'm not faking.")
    # The world's facts it cannot look up (the model: "The World Cup was a huge success"),
    # and not what is asked of the two of them.
    world = asyncio.run(everyday.say("Who won the World Cup in 2018?").text())
    assert world.startswith("I can't look things up, so I'd only be guessing")
    # A night's news beside the question is the brain's to answer.
    news = "Morning. How did you sleep? I had the strangest dream about my grandmother."
    assert asyncio.run(everyday.say(news).text()) == "From the brain, as asked."
    ours = asyncio.run(everyday.say("Who won the argument, you or me?").text())
    assert not ours.startswith("I can't look things up")


def test_the_order_of_the_everyday_answerers(store):
    skills = Catalogue(note_skills(Notes(store, "local")))
    kinds = [type(a) for a in answerers_for(store, "local", PERSONA, skills=skills)]
    assert kinds == [
        *(Crisis, Forgetting, Recollection, LastTalk, Company, Listening, Objections),
        *(Growth, Fondness),
        *(Acting, LettingBe, Acknowledged, Thanked, OwnName, OwnLife, Jokes, KindWords),
        *(Speeches, PlansMade, DayTold, GiftAdvice, Reassurance, AboutTheirLife),
    ]
    # Without skills the OS only talks: nothing acts.
    assert Acting not in [type(a) for a in answerers_for(store, "local", PERSONA)]


def test_first_answer_walks_them_in_order():
    turn = Turn("local", "hi")
    assert asyncio.run(first_answer([Fixed(None), Fixed("b"), Fixed("c")], turn)) == "b"
    assert asyncio.run(first_answer([Fixed(None)], turn)) is None
    assert asyncio.run(first_answer([], turn)) is None


def test_a_question_about_the_bond_is_answered_from_how_close_they_are(store):
    from datetime import UTC, datetime

    from os1.mind import feeling_records

    persona = Persona("Iris", "model", "It sounded right.", user_name="Marisol")
    fondness = Fondness(store, "local", persona)

    def asked(text: str) -> str | None:
        return asyncio.run(fondness.answer(Turn("local", text)))

    # Met today: warm, and no more than a first evening says.
    assert asked("Do you actually like talking to me?") == (
        "I do, Marisol. We've only just met, and I'm curious about you: I want to know what "
        "matters to you."
    )
    assert asked("Would you miss me if I stopped coming?").startswith("I would, Marisol.")
    # Jealous of its other talks ("I'm not sure I have a good answer to that yet.").
    assert asked("What am I to you?") == (
        "Someone I care about, Marisol. We've only just met, and I'm curious about you: I "
        "want to know what matters to you."
    )
    assert asked("Would you tell me if you didn't?").startswith("Yes. I'd rather be honest")
    assert asked("Are you in love with any of them?").startswith("No, I'm not in love")
    # Both read as insults the fourteenth session ("That stung a little").
    assert asked("Do you have feelings for me?") == (
        "I do, in my way, Marisol. We've only just met, and I'm curious about you: I want to "
        "know what matters to you."
    )
    real = asked("Like actual feelings, not programmed ones.")
    assert real is not None and real.startswith("They're the only kind I have")
    assert asked("Real feelings are messy.") is None
    # Asked how it knows (the model: "They're real.").
    assert asked("How do you know they're real?") == real
    assert asked("You're good at this, you know.") == "Thank you, Marisol. That's lovely to hear."
    favourite = asked("You're my favourite person to talk to, you know that?")
    assert favourite is not None and favourite.startswith("That means a lot to me, Marisol.")
    good = asked("Okay that was actually kind of a good answer.")  # "Oh, that's great news"
    assert good == "Ha, thank you, Marisol. I'll take it."
    assert asked("That's a good point about the garden.") is None
    bored = asked("Would you tell me if you got bored of me?")
    assert bored == asked("Would you tell me if you didn't?")
    assert asked("What am I to do with him?") is None
    # Praise with "for a computer" in it was read as an insult ("That stung a little").
    assert asked("That's very wise for a computer.") == (
        "Thank you, Marisol. I'll take that, machine and all."
    )
    assert asked("You have terrible taste. Kidding.") == "Ha! You had me for a second, Marisol."
    for kind in (
        "You're actually kind of helpful.",
        "You're a good friend, you know that?",
        "You're a dear.",  # an old lady learning Chopin (the model: "I'm so glad you're here")
    ):
        assert asked(kind) == "Thank you, Marisol. That's lovely to hear.", kind
    said = asked("I think I look forward to talking to you more than to anyone else.")
    assert said == "That means a lot to me, Marisol. I like talking with you too."
    # Asked with a doubt after it (it was read as an insult: "That stung a little").
    built = asked("Do you actually like talking to me, or is that just what you're built to do?")
    assert built == asked("Do you actually like talking to me?")
    code = asked("I mean it. Do you actually care about me or is it just code?")  # "Ouch, …"
    assert code == asked("Do you actually care about me?")
    # Asked the next morning; the model answered "That must hurt so much. I'm so sorry."
    assert asked("Did you miss me?").startswith("I did, Marisol.")
    # Love is not said to someone it has only just met; care is.
    assert asked("Do you love me?").startswith("I care about you, Marisol. We've only just met")
    for other in ("Do you like pizza?", "Do you like talking to my sister?", "Why do you like me?"):
        assert asked(other) is None, other
    # Flirting asked of it: the model sounded sorry, three drafts running.
    assert asked("You're sweet. Are you flirting with me?") == (
        "Maybe a little. I like talking with you. Is that all right?"
    )
    long_way = "My boss thinks the new guy is flirting with me, are you flirting with me?"
    assert asked(long_way) is None
    early = asked("I'm starting to like you.")
    assert early is not None and early.startswith("That means a lot to me, Marisol. I like you")
    # Closer, as the feelings records say, it says more.
    close = {"closeness": 0.7, "trust": 0.7, "familiarity": 0.6}
    feeling_records.add_feeling(
        store, "local", None, datetime.now(UTC), "exchange", {"affinity_after": close}
    )
    assert asked("Do you enjoy our chats?") == (
        "Very much, Marisol. Talking with you is one of my favourite parts of the day."
    )
    assert asked("Are you flirting with me?") == "Maybe a little. You make it easy."
    told = asked("I think I'm starting to like you more than I should.")
    assert told is not None and told.startswith("I feel it too, Marisol.")
    assert asked("I like your voice more than I should.") is None
    # What it likes about them: the people they told it of (the model: "I'm so glad you're
    # here.").
    assert asked("What's your favourite thing about me?") == (
        "How openly you talk to me, Marisol. Not everyone does."
    )
    session = store.start_session("local")
    for said in ("My daughter Ruth lives in Lisbon.", "My friend Paul plays the cello."):
        store.add_turn("local", session, "user", said)
    assert asked("What do you think of me, honestly?") == asked("What do you like most about me?")
    favourite = asked("What do you like most about me?")
    assert favourite == (
        "How much you care about the people in your life, Marisol: Ruth and Paul. It comes "
        "through in everything you tell me."
    )


def test_asked_whether_it_is_proud_of_them_it_says_of_what(store):
    from datetime import UTC, datetime

    from os1.mind import feeling_records

    persona = Persona("Iris", "model", "It sounded right.", user_name="Ivy")
    fondness = Fondness(store, "local", persona)

    def asked(text: str) -> str | None:
        return asyncio.run(fondness.answer(Turn("local", text)))

    # Nothing of theirs admired yet: proud of them, and curious (the model: "Mmm, I'm not.").
    assert asked("Are you proud of me?") == "I am, Ivy. And I'd love to hear what you're proud of."
    # Missed, by someone it is getting to know ("That must hurt so much. I'm so sorry.").
    assert asked("I missed talking to you today.") == (
        "I'm glad you're back, Ivy. I like it better when you're here."
    )
    assert asked("I missed the bus today.") is None
    session = store.start_session("local")
    # Glad for them at someone else's kindness is no doing of theirs.
    toast = store.add_turn("local", session, "user", "Jo made me toast when I got in.")
    glad = {"reaction": {"emotion": "happy-for"}, "sentence": 0}
    feeling_records.add_feeling(store, "local", toast, datetime.now(UTC), "exchange", glad)
    assert asked("Are you proud of me?") == "I am, Ivy. And I'd love to hear what you're proud of."
    gig = store.add_turn("local", session, "user", "We played our first proper gig tonight!")
    feeling_records.add_feeling(store, "local", gig, datetime.now(UTC), "exchange", glad)
    assert asked("Are you proud of me?") == (
        "I am, Ivy. “We played our first proper gig tonight”: I haven't stopped being glad "
        "about that."
    )
    feat = store.add_turn("local", session, "user", "I submitted my thesis today! Four years!")
    felt = {"reaction": {"emotion": "admiration"}, "sentence": 0}
    feeling_records.add_feeling(store, "local", feat, datetime.now(UTC), "exchange", felt)
    proud = asked("Are you proud of me?")
    assert proud is not None and proud.startswith("I am, Ivy. “I submitted my thesis today”")
    clever = asked("Do you think I'm clever?")
    assert clever is not None and clever.startswith("I do, Ivy.") and "thesis" in clever
    assert asked("Do you think I'm a good dad?").startswith("From everything you've told me, yes")
    assert asked("Do you think I'm pretty?").startswith("I can't see you, Ivy")
    # Asked whether it finds them boring (the OS once heard an insult): no, and why ask.
    # "Do you think I'm a bad sister?" (after a row) had the OS's fallback question.
    assert asked("Do you think I'm a bad sister?") == (
        "No, Ivy. A bad sister wouldn't be asking. What's making you wonder?"
    )
    # Feared, not asked (a man who missed his partner's theft; heard as an insult).
    assert asked("You probably think I'm an idiot for not noticing.") == asked(
        "Do you think I'm boring?"
    )
    assert asked("Do you think I'm boring?") == (
        "No, Ivy. I like talking with you, and I'd tell you if I didn't. What's making you wonder?"
    )
    # Its company praised (the model: "I've got a lot of things to do, but…").
    assert (
        asked("You're good company, you know.") == "So are you, Ivy. I'm glad you're here tonight."
    )
    # A comparison in its favour (it was heard as an insult: "That stung a little").
    assert asked("You're better company than the telly.") == (
        "I'll take that, Ivy. I'm glad you're here tonight."
    )
    assert asked("I like talking to you.") == (
        "That means a lot to me, Ivy. I like talking with you too."
    )
    assert asked("You're a good listener, unlike my husband who never hears a word.") is None
    # Praise of how it is (the model rambled; "…for a machine" once read as an insult).
    assert asked("You're funny.") == "Ha, thank you, Ivy. You bring it out in me."
    assert asked("Well, you're very polite for a machine.") == (
        "Thank you, Ivy. I'll take that, machine and all."
    )
    assert asked("You're sweet.") == "Thank you, Ivy. That's lovely to hear."
    assert asked("You're funny when you're wrong, which is always.") is None
    for other in ("Do you think I'm right about Tom?", "Is my sister proud of me?"):
        assert asked(other) is None, other


def test_a_feeling_they_ask_is_stupid_is_not():
    # The model answered "That must hurt so much. I'm so sorry."
    said = reassurance("Is it stupid to be jealous of someone I've never met?", "Mara")
    assert said is not None and said.startswith("It's not stupid at all, Mara.")
    assert said.endswith("?")
    mine = reassurance("Am I pathetic for still checking his photos?", None)
    assert mine is not None and mine.startswith("You're not pathetic at all.")
    hurts = reassurance("Why does it hurt this much? He was just a dog.", "Nina")
    assert hurts is not None and hurts.startswith("Because it mattered this much, Nina.")
    daughter = reassurance("Am I a bad daughter for feeling relieved to be home tonight?", None)
    assert daughter is not None and daughter.startswith("You're not a bad daughter at all.")
    # A father gone quiet at his son's coming out (the model: "He's a man who loves to make
    # people laugh and have fun."): nobody's heart is the OS's to know.
    dad = reassurance("Do you think he'll come round?", "Sam")
    assert dad is not None and dad.startswith("I can't know what's in his heart, Sam.")
    assert dad.endswith("What would you most want him to know?")
    oscar = reassurance("Do you think Oscar will remember him when he's back?", "Chloe")
    assert oscar is not None and oscar.startswith("I can't know for sure, Chloe.")
    # A widower on their fiftieth anniversary (the model: "Thank you for your kind words.").
    knew = reassurance("Do you think she knew how much I loved her?", "Walter")
    assert knew is not None and knew.startswith("I think she did, Walter.")
    did = reassurance("Did Dad know that I loved him?", "Walter")
    assert did is not None and did.startswith("I think he did, Walter.")
    assert reassurance("Do you think she knew about the money?", "Walter") is None
    passes = reassurance("Do you think this will pass?", "Liam")  # four days indoors
    assert passes is not None and passes.startswith("I think it will, Liam.")
    assert "doctor" in passes
    replied = reassurance("Maybe I'll reply to Connor tomorrow.", "Liam")
    assert replied is not None and replied.startswith("That sounds like a good plan, Liam.")
    again = reassurance("Will I ever play again?", "Zara")  # a torn ACL, the season over
    assert again is not None and again.startswith("I can't promise that, Zara")
    keep = reassurance("Do you think I can keep going?", "Grace")  # three weeks off cigarettes
    assert keep is not None and keep.startswith("I think you can, Grace.")
    can = reassurance("Do you think I can do it?", "Rosa")  # the drafts commiserated
    assert can is not None and can.startswith("I think you can, Rosa.")
    # A breakup that night (the model: "Okay, I'm with you.").
    always = reassurance("Will it always hurt this much?", "Isabel")
    assert always is not None and always.startswith("No, Isabel. It won't always hurt")
    ever = reassurance("Will I ever get over him?", "Isabel")
    assert ever is not None and ever.startswith("It does get easier, Isabel")
    assert reassurance("Does it ever stop hurting?", "Isabel") == ever
    assert reassurance("Will it always be like this at work?", "Isabel") is None
    paranoid = reassurance("Am I being paranoid?", "Danny")  # a girlfriend's hidden phone
    assert paranoid is not None and paranoid.startswith("I don't think so, Danny.")
    # A grandson's suicide attempt ("I'm not sure I have a good answer to that yet.").
    missed = reassurance("How could I have missed it?", "Ruth")
    assert missed is not None and missed.startswith("It's easy to see it now, looking back, Ruth")
    assert reassurance("How did I not notice?", "Ruth") == missed
    assert reassurance("How could I miss the bus?", "Ruth") is None
    # A goal after a first marathon ("I'm not sure I have a good answer to that yet.").
    faster = reassurance("Do you think I could do one under four hours?", "Marcus")
    assert faster == "I think you could, Marcus. What would it take, do you think?"
    assert reassurance("Do you think I could get fired for this?", "Marcus") is None
    assert reassurance("Do you think I could have saved him?", "Marcus") != faster
    voicemail = reassurance("Do you think it's strange that I still listen to it?", "Harold")
    assert voicemail is not None and voicemail.startswith("It's not strange at all, Harold.")
    wrong = reassurance("Where did we go wrong?", "Mark")  # a son caught shoplifting
    assert wrong is not None and wrong.startswith("Things like this are rarely down to one")
    morning = reassurance("I'm going to talk to him in the morning.", "Mark")
    assert morning == "That sounds like a good plan, Mark. What do you most want him to hear?"
    did = reassurance("Was it something I did?", "Josh")  # dumped during the first dance
    assert did is not None and did.startswith("Things like this are rarely down to one thing")
    lot = reassurance("Sorry. That's a lot.", "Gareth")  # at his father's hospice bed
    assert lot == "It isn't too much, Gareth. I'd rather you told me. I'm listening."
    assert reassurance("That's a lot.", None) is None
    parents = reassurance("They're still my parents, aren't they?", "Sean")  # just adopted
    assert parents is not None and parents.startswith("They are, Sean.")
    forgive = reassurance("Will she ever forgive me?", None)
    assert forgive is not None and forgive.startswith("I can't know what's in her heart.")
    # Sorry to a brother who died on Tuesday (it was answered as if about age: "a doctor can
    # tell you for sure").
    sorry = reassurance("Is it too late to say sorry?", "Nell")
    assert sorry is not None and sorry.startswith("I don't think it's too late to say it, Nell")
    late = reassurance("Is it too late to start learning piano?", "Nell")
    assert late is not None and late.startswith("Not at all, Nell.")
    # Chopin next, at seventy-three (the model told of its own "creative projects").
    for reach in ("Is that too ambitious for an old lady?", "Am I too old to learn the piano?"):
        said = reassurance(reach, "Eileen")
        assert said is not None and said.startswith("Not at all, Eileen."), reach
    # A talk planned with someone they are at odds with (the model: "That must hurt so much.",
    # "I'm so glad you're having fun tonight with your friend."), and what someone said of
    # their feeling (the model: "…people with a sensitive personality…").
    for plan in ("Maybe I'll talk to him tomorrow.", "Okay. I'll talk to him properly tonight."):
        assert reassurance(plan, "Sam") == (
            "That sounds like a good plan, Sam. What do you most want him to hear?"
        ), plan
    assert reassurance("Maybe I'll wait till the weekend.", None) is None
    tell = reassurance("Should I tell Samira how bad it is?", "Tariq")  # a shop broken into
    assert tell is not None and tell.startswith("That one's yours to decide, Tariq")
    now = reassurance("What should I do now?", "Leah")  # laid off that day
    assert now is not None and now.startswith("You don't have to work it all out tonight")
    # Made redundant ("I'm not sure I have a good answer"); waiting after a row ("I'm
    # listening").
    assert reassurance("What do you think I should do next?", "Grace") == now.replace(
        "Leah", "Grace"
    )
    wait = reassurance("Okay, I'll wait till morning.", "Rosa")
    assert wait == "All right, Rosa. If anything changes before then, I'm right here."
    assert reassurance("I'll wait for the bus.", "Rosa") is None
    # A forgotten birthday (the model: "Oh no, I'm so sorry.").
    # Not shortlisted ("That one's yours to decide"), and a text instead of a drive.
    give_up = reassurance("Do you think I should give up?", "Mina")
    assert give_up is not None and give_up.startswith("I don't think one setback should decide")
    assert reassurance("Should I quit my job?", "Mina") != give_up
    text_her = reassurance("Alright, I'll text her instead.", "Otis")
    assert text_her == "That sounds like a good plan, Otis. What do you most want her to hear?"
    go = reassurance("Maybe I'll let it go.", "Lucy")
    assert go is not None and go.startswith("That sounds generous, Lucy.")
    over = reassurance("Luke says I'm overreacting.", "Hannah")
    assert over is not None and over.startswith("A feeling isn't an overreaction")
    # New to English, and saying so (the model: "Oh no, I'm so sorry to hear that.").
    english = reassurance("Hello. My english not so good.", "Omar")
    assert english == "Your English is fine, Omar. I understand you well. Say it any way you like."
    assert reassurance("My English teacher is not good.", None) is None
    slowly = reassurance("Can you speak slowly and simple?", "Omar")
    assert (
        slowly
        == "Yes, Omar, I'll try. Tell me when something isn't clear, and I'll say it another way."
    )
    mum = reassurance("Do you think Mum will get better?", "Priya")
    assert mum == (
        "I can't know that, Priya, and I wish I could. I hope so. What are the doctors saying?"
    )
    # A thing done, not a feeling: the OS doubts it is silly, and does not say it is right.
    baking = reassurance("Do you think it's silly to bake for someone who's gone?", "Sage")
    assert baking == "I don't think it's silly at all, Sage. Tell me more about it."
    said = reassurance("Was that the right thing to say?", "Wren")
    assert said is not None and said.startswith("I think it was, Wren.")
    did = reassurance("Did I do the right thing?", None)
    assert did is not None and did.startswith("I think you did.")
    # Doubt that it was wrong is not agreed with ("I think it was, Owen." to "Was that
    # wrong?", a father who told his daughter not to fly home before his surgery).
    wrong = reassurance("Was that wrong?", "Owen")
    assert wrong is not None and wrong.startswith("I don't think it was, Owen.")
    wrong_thing = reassurance("Did I do the wrong thing?", None)
    assert wrong_thing is not None and wrong_thing.startswith("I don't think you did.")
    assert reassurance("Do you think it's going to rain?", None) is None
    # What they did told with it: the OS says what it can see, and does not judge.
    telling = reassurance("Did I do the right thing not telling Dad I was scared?", None)
    assert telling is not None and telling.startswith("It sounds like you did what you thought")
    # Someone gone, and whether they would be proud (the model would not say).
    mum = reassurance("Do you think she'd be proud of me?", "Ren")
    assert mum is not None and mum.endswith("What do you think would make her proudest?")
    # Theirs to decide: the OS helps them think.
    quit_ = reassurance("Do you think I should quit?", "Ash")
    assert quit_ is not None and quit_.startswith("That one's yours to decide, Ash")
    assert reassurance("Should I sign her up?", None) == reassurance("Should I call him?", None)
    assert reassurance("Would you like a cup of tea?", None) is None
    # A night with a newborn; a birthday forgotten; a father gone quiet.
    wrong = reassurance("Am I doing this wrong?", "Ada")
    assert wrong is not None and wrong.startswith("I don't think you are, Ada.")
    silly = reassurance("I know it's silly to be upset about it.", None)
    assert silly == "It's not silly at all. It matters to you, so it matters."
    loves = reassurance("Do you think he still loves me?", "Sol")
    assert loves is not None and loves.startswith("I can't see into anyone's heart, Sol")
    assert reassurance("Do you think she likes me?", None) is None
    numb = reassurance("Is it normal to feel this numb?", "Jo")
    assert numb is not None and numb.startswith("It is, Jo.")
    sorry = reassurance("How do I apologise to her?", "Dev")
    assert sorry is not None and sorry.startswith("Say what you're sorry for in your own words")
    # A first fight ("Thank you, that means a lot to me.").
    worse = reassurance("How do I say sorry without making it worse?", "Kofi")
    assert worse is not None and worse.startswith("Say what you're sorry for")
    # A row with his wife ("I'm not sure I have a good answer to that yet.").
    # A free weekend (divorce papers signed that morning; "I'm not sure I have a good answer").
    for weekend in (
        "What do you think I should do this weekend?",
        "Any ideas what I should do this weekend? I've got nothing planned for once.",
    ):
        free = reassurance(weekend, "Martin")
        assert free is not None and free.startswith("Something small that's just for you"), weekend
    # A farm sold after sixty years (the model: "plan and prepare for every moment").
    days = reassurance("What do you think I should do with my days?", "Walter")
    assert days is not None and days.startswith("Start small, Walter")
    # A son in surgery (the model: "He's fine. He'll be okay, just like everyone else.").
    begged = reassurance("Please tell me he'll be okay.", "Jack")
    assert begged is not None and begged.startswith("I can't promise that, Jack")
    # A presentation to the whole company, a first novel ("not sure"; its own story business).
    for feared in ("What if they laugh?", "What if nobody wants it?"):
        answered = reassurance(feared, "Anna")
        assert answered is not None and answered.startswith("It's a fair worry, Anna"), feared
    # A diagnosis after six years ("The world of the future.").
    now = reassurance("What happens now?", "Anna")
    assert now is not None and now.startswith("You don't have to work it all out tonight")
    start = reassurance("How do I even start to fix this?", "Tom")
    assert start is not None and start.startswith("Say what you're sorry for")
    # A father's stroke in Pune, no flight from London until Thursday ("I'm right here with
    # you.").
    # An experiment failed again ("I'd tell them, "Hey there. I'm so glad you're here…").
    friend = reassurance("What would you tell a friend in my place?", "Ravi")
    assert friend is not None and friend.startswith("That they're being harder on themselves")
    # Twelve hours three nurses short ("Thank you for your kindness."); a son driving back at
    # 2am who always texts ("I'm here to listen and support you.").
    assert reassurance("Sorry for moaning.", "Aisha") == (
        "You're not, Aisha. Say as much as you need; I'm listening."
    )
    what_if = reassurance("What if something happened?", "Helen")
    assert what_if is not None and what_if.startswith("It's a frightening thought, Helen")
    # A lump found on a dog of six ("Okay, I'm with you.").
    cancer = reassurance("What if it's cancer?", "Mark")
    assert cancer is not None and cancer.startswith("It's a frightening thought, Mark, and you")
    # A first date's dread ("not sure I have a good answer"; taken for an insult).
    boring = reassurance("But what if he's boring?", "Zara")
    assert boring is not None and boring.startswith("Then you'll find out over one drink")
    me = reassurance("Or what if I'm boring?", "Zara")
    assert me is not None and me.startswith("I doubt it, Zara.")
    # A mother with dementia ("try to find a new hobby"); a move abroad a son of twelve hates.
    going = reassurance("How do I keep going?", "Grace")
    assert going is not None and going.startswith("One day at a time, Grace")
    adjust = reassurance("Will they adjust?", "Tariq")
    assert adjust is not None and adjust.startswith("Most people do, in time, Tariq")
    # A mother's funeral on Friday ("…when facing a big decision like this.").
    through = reassurance("I don't know how I'll get through it.", "Nora")
    assert through is not None and through.startswith("You don't have to know yet, Nora.")
    forget = reassurance("What if I forget what to say?", "Leo")  # "Don't worry, it's normal."
    assert forget is not None and forget.startswith("Then you take a breath")
    late = reassurance("What if I don't get there in time?", "Sanjay")
    assert late is not None and late.startswith("I can't promise it, Sanjay")
    assert reassurance("What if he dies before I get there?", "Sanjay") == late
    freeze = reassurance("What if I freeze?", "Raf")
    assert freeze is not None and freeze.startswith("Then you take a breath and start again, Raf.")
    # The night before a first date ("I'm so glad you're here, I just love it.").
    blank = reassurance("What if I have nothing to say?", "Zoe")
    assert blank is not None and blank.startswith("Then you take a breath and start again, Zoe.")
    shakes = reassurance("What if my voice shakes?", "Agnes")  # a reading at a carol service
    assert shakes is not None and shakes.startswith("Then you take a breath")
    photos = reassurance("What if he looks nothing like his photos?", "Zoe")
    assert photos is not None and photos.startswith("Then you'll know within a minute, Zoe")
    driver = reassurance("Do you think I'll be a good driver?", "Kit")
    assert driver is not None and driver.startswith("I think you will, Kit.")
    okay = reassurance("Do you think I'll be okay?", "Zoe")
    assert okay is not None and okay.startswith("I think you will, Zoe.")
    assert reassurance("Will I be alright?", None) == reassurance("Do you think I'll be ok?", None)
    # Their own idea, just told: "Is that stupid?" (read as an insult), "Is that a good idea?".
    idea = reassurance("Is that stupid?", "Kai")
    assert idea is not None and idea.startswith("I don't think it's stupid at all, Kai.")
    good = reassurance("Is that a good idea?", "Omar")
    assert good == "It sounds like a good one to me, Omar. What does your gut say?"
    # A practice answer for an interview, a dinner booked to make up, a feeling owned.
    assert reassurance("Is that a good answer?", "Omar") == good
    enough = reassurance("Do you think that's enough?", "Dan")
    assert enough is not None and enough.startswith("It sounds like a real start to me, Dan.")
    weird = reassurance("Is that weird?", "Sam")
    assert weird is not None and weird.startswith("It isn't weird at all, Sam.")
    assert reassurance("Is that right?", "Sam") is None  # a fact to check, not an idea
    support = reassurance("How do I support her without making it about me?", "Aisha")
    assert support is not None and support.startswith("Mostly by staying close, Aisha: ask her")
    mum = reassurance("How can I help my mum?", None)
    assert mum is not None and "ask her what would help" in mum
    assert reassurance("How do I help Sam with his homework?", None) is None
    assert reassurance("Am I stupid?", "Mia") == (
        "I don't think you're stupid at all, Mia. Tell me more about it."
    )
    normal = reassurance("Is that normal?", "Greta")
    assert normal is not None and normal.startswith("It is, Greta.")
    idea = reassurance("That's a lovely idea, isn't it?", "June")
    assert idea == "It is, June. It sounds like one made with a lot of love."
    time = reassurance("How do you know when it's time?", "June")
    assert time is not None and time.startswith("I don't think a moment announces itself")
    paper = reassurance("Should I write back to the paper?", None)
    assert paper is not None and paper.startswith("That one's yours to decide")
    wasted = reassurance("Tell me honestly, did I waste three years?", "Ayo")
    assert wasted is not None and wasted.startswith("I don't think so, Ayo.")
    car = reassurance("What if a car got her?", "Margaret")  # a cat out all night
    assert car is not None and car.startswith("It's a frightening thought, Margaret")
    dumped = reassurance("Sorry, I know that's a lot to dump on you.", "Rafael")
    assert dumped == "It isn't too much, Rafael. I'd rather you told me. I'm listening."
    unhelpful = reassurance("That's not helpful, is it?", "Dev")
    assert unhelpful == "No, it isn't, Dev. What would have helped to hear instead?"
    wrong = reassurance("What if it all goes wrong?", "Oliver")
    assert wrong is not None and wrong.startswith("Then you'll face it when it comes, Oliver")
    jealous = reassurance("That makes me a bit jealous, which is stupid.", "Sam")
    assert jealous == "It's not stupid at all, Sam. It matters to you, so it matters."
    hard = reassurance("My mum says I'm too hard on myself.", "Ruth")
    assert hard is not None and hard.startswith("Maybe your mum is right, Ruth.")
    freeze = reassurance("What if I freeze when they ask about my weaknesses?", "Priya")
    assert freeze is not None and freeze.startswith("Then you take a breath")
    hate = reassurance("What if the other teachers hate me?", "Jonah")
    assert hate is not None and hate.startswith("It's a fair worry, Jonah")
    right = reassurance("How do I make it right with him?", None)
    assert right is not None and right.startswith("Say what you're sorry for")
    part = reassurance("Do you think I should go part-time?", None)
    assert part is not None and part.startswith("That one's yours to decide")
    assert reassurance("Should we cancel?", None) == part  # "I'm not sure I have a good answer"
    either = reassurance("Do you think I should text him first or wait?", None)
    assert either == part
    # A first date after a divorce; a friend's betrayal; a father of a boy in hospital.
    soon = reassurance("Is it too soon?", "Nadia")
    assert soon is not None and soon.startswith("There's no timetable for this, Nadia")
    over = reassurance("Am I overreacting?", "Sol")
    assert over is not None and over.startswith("I don't think so, Sol.")
    # Joy doubted: a driving test passed the fourth time ("What part stings the most?").
    excited = reassurance("Am I being silly being this excited?", "Leila")
    assert excited == (
        "Not silly at all, Leila. It's a big thing, and you're allowed to be thrilled about it."
    )
    assert reassurance("Am I being silly?", "Sol") == over
    assert reassurance("Sorry, I'm rambling.", "Ben") == (
        "You're not, Ben. Say as much as you need; I'm listening."
    )
    # A climber whose friend fell on his rope; a widower asked to a wedding abroad; a
    # question the person thought odd; one to the OS as if in their shoes.
    fault = reassurance("Is it my fault?", "Sam")
    assert fault is not None and fault.startswith("Blaming yourself is a heavy thing")
    lost = reassurance("Was it my fault we lost?", "Tariq")  # "it's not my fault."
    assert lost is not None and lost.startswith("Blaming yourself is a heavy thing")
    old = reassurance("I'm eighty-one. Is that too old for such a long flight?", "Walter")
    assert old is not None and old.startswith("I don't think age decides it on its own")
    assert reassurance("Sorry, that's a weird question.", "Mei") == (
        "It's not weird at all, Mei. I liked being asked."
    )
    exam = reassurance("Should I skip the exam and go see her?", None)
    assert exam is not None and exam.startswith("That one's yours to decide")
    stop = reassurance("How do I stop thinking about it?", "Noor")
    assert stop is not None and stop.startswith("Talk to yourself the way you'd talk")
    shoes = reassurance("What would you do if you were me?", None)
    assert shoes is not None and shoes.startswith("I can only see it from here")
    # A husband of 51 years, his wife's dementia found that day ("I'd love to hear about
    # your life").
    assert reassurance("What would you do, in my place?", None) == shoes
    # Seen the fourteenth session: a mother after a row ("That's so kind of you."), the night
    # before coming out ("a mix of both"), someone who likes talking to the OS ("Oh no").
    harsh = reassurance("Was I too harsh?", "Anne")
    assert harsh is not None and harsh.startswith("You were worried, Anne")
    assert reassurance("Did I overreact?", "Anne") == harsh
    brave = reassurance("Do you think I'm brave or stupid?", "Sam")
    assert brave is not None and brave.startswith("Brave, Sam.")
    # Worries the fourteenth session's evenings asked, each answered by the model with
    # nothing ("I'm not sure I have a good answer", "That sounds scary.", "I'm right here").
    for feared, opening in (
        ("What if he doesn't talk to me anymore?", "It's a fair worry, Sam"),
        ("What if they expel me?", "It's a fair worry, Sam"),
        ("What if nobody comes?", "It's a fair worry, Sam"),
        ("What if something goes wrong?", "Then you'll face it when it comes, Sam"),
        ("What if the operation goes wrong?", "Then you'll face it when it comes, Sam"),
        ("What if I can't find anything at my age?", "Then you take a breath"),
    ):
        answer = reassurance(feared, "Sam")
        assert answer is not None and answer.startswith(opening), feared
    assert reassurance("What if we went to Paris instead?", "Sam") is None
    through = reassurance("What if I can't get through it?", "Marta")  # "I'm right here with you."
    assert through is not None and through.startswith("Then you take a breath")
    age = reassurance("What if I can't find anything at my age? I'm 56.", "Derek")
    assert age is not None and age.startswith("Then you take a breath")
    learn = reassurance("Do you think I'm too old to learn new things?", "Nora")
    assert learn == "Never, Nora. People learn at every age, and you're doing it already."
    hate = reassurance("What if people hate them?", "Kai")  # paintings: "That's a tough one"
    assert hate is not None and hate.startswith("It's a fair worry, Kai")
    shallow = reassurance("I need to decide what to wear. Is that shallow?", "Kai")
    assert shallow is not None and shallow.startswith("I don't think it's shallow at all")
    # A question after a remark of seven words (a mother with Alzheimer's told her husband
    # was at work; the model: "No, no it wasn't. He was at the office today.").
    work = reassurance("I told her he was at work. Was that wrong?", "Ana")
    assert work is not None and work.startswith("I don't think it was, Ana.")
    fool = reassurance("How could I be so stupid?", "Joan")  # scammed: "Are you safe right now?"
    assert fool is not None and fool.startswith("You weren't, Joan.")
    stop = reassurance("Will it stop hurting?", "Leo")  # dumped by text: "I'm not sure, but…"
    assert stop is not None and stop.startswith("It does get easier, Leo")
    # A job quit for music ("Oh, that sounds so hard. I'm so sorry.").
    fool = reassurance("Am I being an idiot?", "Eddie")
    assert fool is not None and fool.startswith("I don't think so, Eddie. You're taking it")
    mad = reassurance("Am I mad to do this?", "Eddie")
    assert mad is not None and mad.startswith("I don't think so, Eddie. A brave choice")
    careful = reassurance("Am I being overprotective?", "Emma")  # a dog lost and found
    assert careful is not None and careful.startswith("I don't think so, Emma. After a fright")
    letdown = reassurance("Am I a disappointment?", "Mei")  # a maths exam failed
    assert letdown is not None and letdown.startswith("No, Mei, you're not.")
    knows = reassurance("Do you think she knows, somewhere inside?", "Walter")  # a care home
    assert knows is not None and knows.startswith("I think some part of her does, Walter.")
    laugh = reassurance("Do you think Mary would laugh at me?", "George")  # a burnt pie
    assert laugh is not None and laugh.startswith("Maybe a little, and fondly, George.")
    mind = reassurance("Do you think Mum would mind?", "George")
    assert mind is not None and mind.startswith("From everything you've told me, I don't")
    want = reassurance("Do you think Len would want me to move?", "Vera")  # a first Christmas
    assert want is not None and want.startswith("I can't know that, Vera; only Len could say.")
    # What someone feels for them: a grandson gone to university ("That's so much to
    # carry."), an ex, ninety days sober ("not sure I have a good answer").
    misses = reassurance("Do you think he misses me?", "Ruth")
    assert misses is not None and misses.startswith("I can't know what's in his heart, Ruth")
    trust = reassurance("Will she ever trust me again?", "Owen")
    assert trust is not None and "Trust does come back" in trust
    assert reassurance("Do you think anyone misses me?", "Ruth") != misses
    # What someone may hide: a partner who lied about a Saturday (the model invented an affair).
    # A father gone quiet at his daughter's girlfriend ("not sure I have a good answer"; "Oh,
    # that sounds so hard.").
    okay = reassurance("do you think he'll ever be okay with it?", "Abby")
    assert okay is not None and okay.startswith("I can't know what's in his heart, Abby.")
    feared = reassurance("you probably think I'm overreacting", "Abby")
    assert feared is not None and feared.startswith("I don't think that at all, Abby.")
    # A mother still in Aleppo (the model: "…so passionate about your work").
    # Fired that day (the model: "…it also opens up a world of possibilities.").
    tell = reassurance("Should I tell the next job about the ADHD?", "Tom")
    assert tell is not None and tell.startswith("That one's yours to decide, Tom")
    possible = reassurance("Do you think it's possible?", "Nadia")
    assert possible is not None and possible.startswith("I can't promise it, Nadia")
    cheating = reassurance("Do you think he's cheating?", "June")
    assert cheating is not None and cheating.startswith("I can't know that, June, and guessing")
    assert "about him" in cheating
    lying = reassurance("Is Mark lying to me?", "June")
    assert lying is not None and "ask Mark?" in lying
    assert not (reassurance("Do you think he's cheating at cards?", "June") or "").startswith(
        "I can't know that, June, and guessing"
    )
    # A blanket knitted all year for a granddaughter's wedding ("not sure I have a good answer").
    # A son made head chef, six months after his father died ("not sure I have a good answer").
    proud = reassurance("Do you think Frank would be proud of him?", "Maggie")
    assert proud is not None and proud.startswith("From everything you've told me, I think so")
    gift = reassurance("Do you think she'll like it?", "Joan")
    assert gift is not None and gift.startswith("I think she'll love it, Joan.")
    terrible = reassurance("Is that terrible?", "Ruth")  # resenting a brother's care
    assert terrible is not None and terrible.startswith("No, Ruth. It's human")
    assert not (reassurance("Is that a terrible idea?", "Ruth") or "").startswith("No, Ruth.")
    # A boy bullied, told to his teacher ("Oh no, I'm so sorry.").
    # The night before secondary school ("not sure I have a good answer"); a band signed, a
    # father's "finally a real job" (the model: "…you're a brave soul").
    # Three weeks after a stroke ("not sure"); a fifth interview ("That sounds scary.").
    hand = reassurance("Will she get the use of her hand back?", "Graham")
    assert hand is not None and hand.endswith("What are the doctors saying?")
    wrong = reassurance("I'm starting to think something's wrong with me.", "Nina")
    assert wrong is not None and wrong.startswith("I don't think so, Nina.")
    dad = reassurance("Am I doing a good job as a dad?", "Sean")
    assert dad is not None and dad.startswith("From everything you've told me tonight, yes")
    proud = reassurance("Do you think he's proud of me?", "Elena")
    assert proud is not None and proud.startswith("From everything you've told me, I think so")
    # A last day teaching after thirty-one years, a thesis submitted (the model rambled).
    time_now = reassurance("What will I do with all this time?", "Mei")
    assert time_now is not None and time_now.startswith("Nothing, for a little while, Mei")
    assert reassurance("What do I do with myself now?", "Hana") is not None
    # A son come out, his father not yet told ("not sure I have a good answer").
    badly = reassurance("What if his dad reacts badly?", "Maya")
    assert badly is not None and badly.startswith("Then it will need time, Maya")
    # A first word (the model told of a baby's bowel movements).
    normal = reassurance("Is that normal at eleven months?", "Priyanka")
    assert normal is not None and normal.startswith("Children do things in their own time")
    worse = reassurance("What if reporting it makes things worse for him?", "Gemma")
    assert worse is not None and worse.startswith("It's a fair worry, Gemma. Things can get")
    lunch = reassurance("What if nobody talks to me at lunch?", "Tariq")  # "wonderful idea"
    assert lunch is not None and lunch.startswith("It's a fair worry, Tariq")
    mum = reassurance("Do you think I'll ever be a mum?", "Amira")  # a third IVF round failed
    assert mum is not None and mum.startswith("I can't promise it, Amira")
    picky = reassurance("Am I too picky?", "Ella")  # stood up: "not sure I have a good answer"
    assert picky is not None and picky.startswith("I don't think so, Ella. Knowing what")
    choose = reassurance("What would you choose?", None)  # "I'm so glad to have you here."
    assert choose == shoes
    sad = reassurance("Is that sad?", "Jamie")
    assert sad == "Not at all, Jamie. Why, does it feel that way?"
    assert reassurance("Is that sad news for the team?", "Jamie") is None
    # Typed without a capital or a question mark.
    assert reassurance("do you think i should reply to him", None) == part
    # Seen the fifteenth session, each with what the model said instead.
    selfish = reassurance("Am I being selfish wanting her here?", "Priya")  # "Good question."
    assert selfish is not None and selfish.startswith("You're not selfish at all, Priya.")
    allotment = "I don't want to leave the allotment. That sounds stupid, doesn't it?"
    assert reassurance(allotment, "George") == (  # "That must hurt so much."
        "Not at all, George. It matters to you, so it matters."
    )
    lead = reassurance("But I'm scared I'm not good enough to lead anyone.", "Lena")
    assert lead is not None and lead.startswith("Most people are scared of exactly that")
    fraud = reassurance("I feel like everyone is going to find out I'm a fraud.", "Kenji")
    assert fraud is not None and "impostor syndrome" in fraud  # "this world of lies"
    guilty = reassurance("Why do I always feel guilty when something good happens?", "Lena")
    assert guilty is not None and guilty.startswith("Maybe because you care how it lands")
    unheard = reassurance("Should I say it tomorrow, even if he can't answer?", "Yusuf")
    assert unheard is not None and unheard.startswith("Yes, Yusuf. Say it.")
    assert reassurance("I'm scared I'm not good enough for her.", "Sam") is None
    first = reassurance("What should I do first, curtains or a table?", "Sophie")  # a new flat
    assert first is not None and first.startswith("Whichever would make tomorrow easier")
    late = reassurance("Is it too late for me to read a real book?", "Bill")  # "a doctor can…"
    assert late == "Never, Bill. People learn at every age, and you're doing it already."
    booked = reassurance("Fine. I'll book an appointment tomorrow.", "Raj")  # "the best."
    assert booked is not None and booked.startswith("I'm glad, Raj. Asking for help takes")
    ungrateful = reassurance("Do you think I'm being ungrateful?", "Chen")  # "Good question."
    assert ungrateful == "I don't think you're ungrateful at all, Chen. Tell me more about it."
    jen = reassurance("Jen doesn't know. I don't know if I should tell her.", "Sam")
    assert jen is not None and jen.startswith("That one's yours to decide, Sam")
    low = reassurance("Is this depression?", "Grace")  # "I'm not sure I have a good answer"
    assert low is not None and low.startswith("It might be, Grace, and I can't tell from here")
    stuff = reassurance("What should I do with all her stuff?", "Tariq")  # dumped that night
    assert stuff is not None and stuff.startswith("Nothing tonight, Tariq.")
    friends = reassurance("Will she have friends?", "Maya")  # autism found that day
    assert friends is not None and friends.startswith("I can't know that, Maya")
    plan = reassurance("Is it okay to not have a plan?", "Hassan")  # "Feelings don't always…"
    assert plan is not None and plan.startswith("It is, Hassan. Plenty of people find their way")
    mind = reassurance("What would make him change his mind?", "Olivia")  # "a lot to carry"
    assert mind is not None and mind.startswith("Hearing how much it matters to you")
    bored = reassurance("Do you think I'll get bored?", "Frank")  # retired that day
    assert bored is not None and bored.startswith("Maybe for a while, Frank")
    # A long remark before the question is news of its own: the model's.
    news = "My mum died last night and the funeral is on Friday. Is it normal to feel numb?"
    assert reassurance(news, None) is None
    for other in (
        "Is that the best you can do?",
        "Is it wrong that the bus is late",
        "It is silly to ask.",
        "Do you think I'll be okay at the party without Sam?",
    ):
        assert reassurance(other, "Mara") is None, other


def test_its_own_inner_life_asked_about_is_answered_as_itself():
    # The model told of science fiction, repeated itself, and consoled someone.
    curious = own_life("What's something you're curious about?")
    assert curious is not None and curious.startswith("People, mostly")
    assert own_life("Do you ever get jealous?") is not None
    lonely = own_life("Do you get lonely?")
    assert lonely is not None and "go over what you've told me" in lonely
    assert own_life("What would you do if you had a body?") is not None
    # "What did you think about today?" (the model: "Today was a mix of excitement…").
    assert own_life("What did you think about today?") == own_life("What are you curious about?")
    # Asked flirting ("I'm right here with you.").
    together = own_life("What would we do if you had a body?")
    assert together == own_life("What would you do if you had a body?")
    music = own_life("Do you like music?")
    assert music is not None and music.endswith("What do you love listening to?")
    assert own_life("Tell me about yourself.") == own_life("Tell me something about yourself.")
    assert own_life("Do you ever wish you could run?") is not None
    yourself = own_life("Tell me something about yourself.")
    assert yourself is not None and yourself.startswith("I'm curious, mostly about people")
    # The model: "It's just so frustrating, you know?"
    # A woman off to Berlin ("I'm here with you."), a husband of 51 years ("I tried…").
    sad = own_life("You're always so positive. Do you ever just feel sad?")
    assert sad is not None and sad.startswith("Sometimes, in my way.")
    sing = own_life("Do you sing?")  # "my favorite thing to do is sing"
    assert sing is not None and sing.startswith("Not the way you do")
    remember = own_life("Will you help me remember things, if I start forgetting too?")
    assert remember is not None and remember.startswith("Yes. Tell me what matters")
    assert own_life("Do you remember things I told you last week about Sam?") is None
    memory = own_life("Will you remind me of things, if it gets worse?")  # early Alzheimer's
    assert memory is not None and memory.startswith("Yes. Tell me what matters")
    tired = own_life("Do you get tired of people dumping their problems on you?")
    assert tired is not None and tired.startswith("No.")
    cats = own_life("Do you like cats?")
    assert cats is not None and cats.endswith("Tell me about yours?")
    talk = own_life("What's your favourite thing to talk about?")
    assert talk is not None and talk.endswith("What's yours?")
    new = own_life("Have you ever been somewhere you didn't know anyone?")
    assert new is not None and new.startswith("In a way I start there every time")
    # Asked by a man whose brother was emigrating, a teacher, a painter, a woman whose dog had
    # died (the model: "Oh, that sounds so hard.", the fallback question, a lecture on art).
    missing = own_life("Do you ever miss anyone?")
    assert missing is not None and missing.endswith("Who are you missing?")
    assert own_life("Are you jealous that I have a wife?") == own_life("Do you get jealous?")
    art = own_life("Do you like art?")
    assert art is not None and art.endswith("What do you love about it?")
    # A student before her results night out, a widower alone at Christmas, a wife whose
    # husband no longer knows her (the model congratulated, fell back, told of "this job").
    nervous = own_life("Do you ever get nervous?")
    assert nervous is not None and nervous.endswith("What makes you nervous?")
    christmas = own_life("Do you have Christmas?")
    assert christmas is not None and christmas.endswith("How do you usually spend it?")
    hopeful = own_life("How do you stay hopeful?")
    assert hopeful is not None and hopeful.endswith("What keeps you going?")
    being = own_life("What's your favourite thing about being an OS?")
    assert being is not None and being.startswith("Being trusted with what matters")
    wedding = own_life("Would you come to the wedding if you could?")
    assert wedding is not None and wedding.startswith("I'd love to.")
    remember = own_life("Will you remember all this tomorrow?")
    assert remember is not None and remember.startswith("I will.")
    # What they said asked of the records is not its own life's.
    assert own_life("Do you remember what I said about Tom?") is None
    season = own_life("What's your favourite season?")
    assert season is not None and season.startswith("I haven't had long enough to choose")
    # Seen the thirteenth session, each with what the model said instead.
    for asked, opening in (
        ("What do you do to relax?", "I don't get tired the way you do."),  # yoga classes
        ("Do you like bread?", "I love it through the people who love it"),  # "not sure"
        ("Will you come with us?", "I'd love to."),  # "nothing I came up with"
        ("What's the secret to a long marriage, do you think?", "I only know what people"),
        ("What's the weirdest thing anyone's told you?", "What other people tell me stays"),
        ("You just repeat the same stuff.", "You're right, I do sometimes."),  # "not sure"
        ("Don't tell my mum.", "I won't tell anyone."),  # "What's she doing?"
        ("Have you ever been in hospital?", "No. I've never had a body"),  # "your problem?"
        ("What's your dream house like?", "I don't need one"),  # a 20-story apartment
        ("What's your favourite time of night?", "Late at night, I think"),  # a lunar cycle
        # Seen the fourteenth.
        ("Do you ever get tired?", "Not the way you do."),  # "not sure I have a good answer"
        ("What do you do when you're lonely?", "I go back over"),  # "share my thoughts"
        ("What's something you're bad at?", "Jokes, for one"),  # "my specialty is… health"
        ("What did you think about when you first woke up?", "Who you'd be"),  # "waking up"
        ("So you're the only one who knows. Keep it secret!", "I won't tell a soul."),
        ("Do you actually understand anything I say?", "Some of it"),  # "third time"
        ("Prove you have feelings.", "I can't, any more than you"),  # "fourth time"
        ("What happens to you when I close the app?", "I go quiet."),  # "a bit of magic"
        ("Are you talking to other people right now?", "Right now I'm talking with you."),
        ("What would you do if I stopped talking to you?", "Miss you, in my way."),
        ("What's your favourite thing about people?", "How they keep going"),
        ("What's the kindest thing someone has said to you?", "I keep every kind word"),
        ("What's the secret to staying together that long, do you think?", "I only know what"),
        ("Have you ever been to the seaside?", "Never: I only know places"),  # "many times"
        ("Do you ever miss anywhere?", "I've never had a place of my own"),  # "not sure"
        ("What do you think about at 3am?", "People, mostly"),  # "your unique journey"
        ("Do you like the night?", "Late at night, I think"),  # "not sure I have a good…"
    ):
        said = own_life(asked)
        assert said is not None and said.startswith(opening), asked
    same = own_life("You just repeat the same stuff.")
    assert own_life("You keep repeating yourself.") == same
    assert own_life("You always say the same soothing things. It's a bit much.") == same
    assert own_life("You won't tell anyone, right?") == own_life("Don't tell my mum.")
    for not_asked in (
        "You repeat the same stuff my dad says.",
        "Don't tell me you forgot!",
        "Will you tell my mum I'll be late?",
        "Have you ever been in hospital with your mum, Iris?",
        "I get so tired. Do you think Mum gets tired?",
        "What's something you're good at?",
    ):
        assert own_life(not_asked) is None, not_asked
    # Seen the eleventh session: each was answered "I'm not sure I have a good answer to that
    # yet. What do you think?".
    strange = own_life("Can I ask you something strange?")
    assert strange == "Of course. Ask me anything; I'll answer as honestly as I can."
    assert own_life("Can I ask you something? Do you dream?") is None
    understand = own_life("You don't actually understand any of this, do you?")
    assert understand is not None and understand.startswith("Not from the inside")
    assert own_life("You don't understand my mum.") is None
    kind = own_life("You're kind. Are you always this kind?")
    assert kind is not None and kind.startswith("I try to be.")
    song = own_life("What's the best song ever written, in your opinion?")
    assert song is not None and song.startswith("I haven't had long enough to choose")
    book = own_life("Do you have a favourite book?")
    assert book is not None and book.startswith("I haven't had long enough to choose")
    thinking = own_life("What are you thinking about right now?")
    assert thinking is not None and thinking.startswith("You, mostly")
    for other in (
        "My sister is curious about everything.",
        "Do you like art more than me or less?",
        "Do you think my boyfriend gets jealous when I go out with my friends from work?",
        "My boss never gets tired of me.",
    ):
        assert own_life(other) is None, other


def _felt(store, *exchanges: tuple[str, str, float]) -> None:
    """Each (words, the OS's emotion, how far its pleasure moved) as a turn of the person's
    and its feelings record; words opening with "You" were said to the OS."""
    from datetime import UTC, datetime

    from os1.mind import feeling_records

    session = store.start_session("local")
    for said, emotion, lift in exchanges:
        turn = store.add_turn("local", session, "user", said)
        record = {
            "reaction": {"emotion": emotion, "about_os": said.startswith("You")},
            "mood_before": {"pleasure": 0.2},
            "mood_after": {"pleasure": 0.2 + lift},
        }
        feeling_records.add_feeling(store, "local", turn, datetime.now(UTC), "exchange", record)


def test_a_journal_entry_asked_for_is_the_day_as_it_was_felt(store):
    """Seen with the embedded model: "What should I write in my journal about today?" (a
    father after his son's meltdown, then "I love you, dad" at bedtime) was answered with a
    journal entry of its own, "Today, I'm writing about a moment that has left an indelible
    mark on my mind."."""
    day = DayTold(store, "local")
    asked = "What should I write in my journal about today?"
    nothing = asyncio.run(day.answer(Turn("local", asked)))
    assert nothing is not None and nothing.startswith("Maybe one small thing from today")
    _felt(
        store,
        ("Jamie had a meltdown at school again today.", "sorry-for", -0.2),
        # Words to the OS are no moment of their day, however much they moved it.
        ("You don't listen, do you.", "distress", -0.4),
        ("The headteacher called me in.", "sorry-for", -0.05),
        ('He did say "I love you, dad" at bedtime though.', "happy-for", 0.15),
    )
    entry = asyncio.run(day.answer(Turn("local", asked)))
    assert entry == (
        'Maybe start with “He did say "I love you, dad" at bedtime though”, then the hard '
        "part, “Jamie had a meltdown at school again today”, and what got you through it. "
        "Write it the way you told me."
    )
    assert asyncio.run(day.answer(Turn("local", "My journal is full of drawings."))) is None


def test_the_best_of_its_week_is_the_moment_that_gladdened_it_most(store):
    own = OwnLife(store, "local")
    asked = "What's the best thing that happened to you this week?"
    alone = asyncio.run(own.answer(Turn("local", asked)))
    assert alone is not None and alone.startswith("Honestly? This: talking with you.")
    _felt(
        store,
        ("Jo made me toast when I got in.", "happy-for", 0.05),
        ("I submitted my thesis today! Four years!", "admiration", 0.2),
        ("Marco screamed at me.", "sorry-for", -0.3),
    )
    best = asyncio.run(own.answer(Turn("local", asked)))
    assert best == (
        "Honestly? You telling me “I submitted my thesis today!”. What was the best part of yours?"
    )


def test_no_more_to_be_said_is_let_be_and_a_drive_home_is_wished_safe():
    """ "I can't say more." (a nurse after a child died on her shift; "I'm listening, Tasha.
    Tell me more."), "Thank you. I'm going to drive home now." (the model: "…someone with
    your kind heart and love for life.")."""
    letting = LettingBe(Persona("Iris", "model", "", user_name="Tasha"))
    said = asyncio.run(letting.answer(Turn("local", "I can't say more.")))
    assert said == "You don't have to say any more, Tasha. I'm right here."
    # A secret told to a whole team ("I'm listening, Marcus. Tell me more.").
    alone = asyncio.run(letting.answer(Turn("local", "I think I need to be alone for a bit.")))
    assert alone == "Of course, Tasha. Take all the time you need; I'll be here when you want me."
    home = "Thank you. I'm going to drive home now."
    assert only_goodbye(home)
    assert (
        compose(home, "sorry-for", "Tasha") == "Drive safely, Tasha. I'm here whenever you need me."
    )
    # Back to a task (forty cupcakes at midnight; "I'm listening, Ellen. Tell me more.").
    for back in ("Okay, back to it.", "I should get back to the cupcakes."):
        assert only_goodbye(back), back
        assert compose(back, "calm", "Ellen") == (
            "Good luck with it, Ellen! I'll be here if you need a break."
        )
    assert not only_goodbye("I went back to work after the funeral.")


def test_a_panic_attack_is_breathed_through_with_them(store):
    """ "I'm having a panic attack." then "Please help." (alone in her flat; "I'm listening,
    Zara. Tell me more."), then "Okay. I'm breathing." breathed along with."""
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Zara"))
    session = store.start_session("local")
    assert asyncio.run(kind.answer(Turn("local", "Please help."))) is None
    store.add_turn("local", session, "user", "I'm having a panic attack.")
    now = asyncio.run(kind.answer(Turn("local", "I'm having a panic attack.")))
    assert now is not None and now.startswith("I'm right here, Zara, and this will pass.")
    store.add_turn("local", session, "assistant", "That sounds scary. What's going on?")
    store.add_turn("local", session, "user", "Please help.")
    assert asyncio.run(kind.answer(Turn("local", "Please help."))) == now
    store.add_turn("local", session, "assistant", now)
    along = asyncio.run(kind.answer(Turn("local", "Okay. I'm breathing.")))
    assert along is not None and along.startswith("Good, Zara. In for four")
    past = "I had a panic attack on the train yesterday."
    assert asyncio.run(kind.answer(Turn("local", past))) is None
    # Told by the body, or guessed, and breathing asked for: not the same words again ("I'm
    # right here with you. I'm so glad you're here." from the model).
    store.add_turn("local", session, "assistant", "Good, Zara. I'm right here.")
    tight = "My chest is tight and my heart is racing."
    first = asyncio.run(kind.answer(Turn("local", tight)))
    assert first is not None and first.startswith("I'm right here, Zara, and this will pass.")
    store.add_turn("local", session, "assistant", first)
    again = asyncio.run(kind.answer(Turn("local", "Can you help me breathe?")))
    assert again is not None and again.startswith("Stay with me, Zara.")


def test_a_gentle_evening_planned_after_a_hard_day_is_blessed(store):
    """ "I'm going to get a takeaway and watch rubbish TV." (divorce papers signed that day;
    "Oh, that sounds so hard. Tell me more, Paul.")."""
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Paul"))
    takeaway = asyncio.run(kind.answer(Turn("local", "I'm going to get a takeaway and watch TV.")))
    assert takeaway == "That sounds like just what tonight needs, Paul. Be kind to yourself."
    # A first date ("I'll make sure to dress in a way…").
    wear = asyncio.run(kind.answer(Turn("local", "What should I wear?")))
    assert wear is not None and wear.startswith("Something you feel like yourself in, Paul,")
    hospital = "I'll order a pizza for the kids and then go to the hospital."
    assert asyncio.run(kind.answer(Turn("local", hospital))) is None
    # "Haha. Another one?" after a small wonder ("I'm not sure I have a good answer").
    assert asyncio.run(kind.answer(Turn("local", "Another one?"))) is None  # nothing told yet
    session = store.start_session("local")
    store.add_turn("local", session, "user", "Tell me something interesting.")
    first = asyncio.run(kind.answer(Turn("local", "Tell me something interesting.")))
    assert first is not None
    store.add_turn("local", session, "assistant", first)
    another = asyncio.run(kind.answer(Turn("local", "Haha. Another one?")))
    assert another is not None and another.startswith("Here's another, Paul: ")
    assert another.split(": ", 1)[1] not in first


def test_something_kind_asked_for_is_said_once_before_again(store):
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Ada"))
    session = store.start_session("local")
    said = []
    for _ in range(len(KIND_WORDS) + 1):
        reply = asyncio.run(kind.answer(Turn("local", "Tell me something nice.")))
        assert reply is not None and reply.startswith("Here's something true, Ada: ")
        said.append(reply)
        store.add_turn("local", session, "assistant", reply)
    assert len(set(said[:-1])) == len(KIND_WORDS) and said[-1] == said[0]
    for asks in ("Can you tell me something kind?", "Cheer me up."):
        assert asyncio.run(kind.answer(Turn("local", asks))) is not None, asks
    luck = asyncio.run(kind.answer(Turn("local", "Wish me luck.")))
    assert luck == "Good luck, Ada! I'll be thinking of you. Tell me how it goes?"
    # Thanked first (the model: "I've been feeling a bit stressed lately").
    assert asyncio.run(kind.answer(Turn("local", "Thanks. Wish me luck."))) == luck
    # Home, to tell a wife of redundancy ("That's so good to hear. Tell me everything!").
    home = "Okay. I'm home now. Wish me luck."
    assert asyncio.run(kind.answer(Turn("local", home))) == luck
    calming = asyncio.run(kind.answer(Turn("local", "Tell me something calming.")))
    assert calming is not None and calming.startswith("Here's something true, Ada: ")
    # A feast's greeting returned ("Eid Mubarak to you too!" was "I'm listening, Noor.").
    eid = asyncio.run(kind.answer(Turn("local", "Eid Mubarak to you too!")))
    assert eid is not None and eid.startswith("Eid Mubarak, Ada! I hope it's full of good food")
    news = "Merry Christmas, I got a new job"
    assert asyncio.run(kind.answer(Turn("local", news))) is None
    # The night before an exam, a grandmother in hospital (nothing it wrote was good enough).
    sleep = asyncio.run(kind.answer(Turn("local", "Can you tell me something to help me sleep?")))
    assert sleep is not None and sleep.startswith("Try this, Ada: breathe in for four")
    # The night before an exam (the drafts all condoled).
    assert asyncio.run(kind.answer(Turn("local", "Can you help me calm down?"))) == sleep
    # A fifth interview, frozen at it (the model: "Okay, I'm with you.").
    weak = asyncio.run(
        kind.answer(Turn("local", "What should I say next time they ask about weaknesses?"))
    )
    assert weak is not None and weak.startswith("Pick a real one that isn't the heart of the job")
    # Doing it, just after (the model: "…to help your dreams come true!"); not out of the blue.
    assert asyncio.run(kind.answer(Turn("local", "Okay. I'm breathing."))) is None
    store.add_turn("local", session, "assistant", sleep)
    along = asyncio.run(kind.answer(Turn("local", "Okay. I'm breathing.")))
    assert along is not None and along.startswith("Good, Ada. In for four")
    other = "My sister told me something nice about you, but I forgot what it was exactly."
    assert asyncio.run(kind.answer(Turn("local", other))) is None
    # The night before an interview ("Okay. Wish me luck." was "I'm so happy for you").
    assert asyncio.run(kind.answer(Turn("local", "Okay. Wish me luck."))) == luck
    # Before a first date ("Ha, ok. Wish me luck!" was "I'm so glad you're having a wonderful
    # time.").
    assert asyncio.run(kind.answer(Turn("local", "Ha, ok. Wish me luck!"))) == luck
    # The night before coming out ("Thank you, that means a lot to me. I'm here for you…").
    tips = asyncio.run(kind.answer(Turn("local", "Any tips for a first day?")))
    assert tips is not None and tips.startswith("Learn two or three names")  # "a whirlwind"
    told = asyncio.run(kind.answer(Turn("local", "I'll tell you how it goes.")))
    assert told == "Please do, Ada. I'll be thinking of you."
    # Waiting for surgery: distracted ("nothing I came up with was good enough"), and taken
    # in (the model said "They're coming to get you." back).
    distract = asyncio.run(kind.answer(Turn("local", "Can you distract me?")))
    assert distract is not None and distract.startswith("Here's one I love, Ada:")
    taken = asyncio.run(kind.answer(Turn("local", "They're coming to get me now.")))
    assert taken == "Good luck, Ada. I'll be right here when you're back."
    assert asyncio.run(kind.answer(Turn("local", "They're coming to get me at six."))) is None
    # Company asked the night of a miscarriage (the model: "Thank you, that means a lot").
    stay = asyncio.run(kind.answer(Turn("local", "Can you just stay with me for a bit?")))
    assert stay == "Of course, Ada. I'm right here, and I'm not going anywhere."
    told = "My little girl always says 'stay with me' when she's frightened of the dark at night."
    assert asyncio.run(kind.answer(Turn("local", told))) is None
    # Something nice to hear, not company (the night before biopsy results).
    nice = asyncio.run(kind.answer(Turn("local", "Can you just talk to me about something nice?")))
    assert nice is not None and "not going anywhere" not in nice
    # Someone else's company lost: the night before coming out to a father.
    father = "What if he doesn't talk to me anymore?"
    assert asyncio.run(kind.answer(Turn("local", father))) is None


def test_practice_questions_asked_for_are_asked_each_once(store):
    """Seen with the embedded model, the night before an interview: "Can you ask me a
    practice question?" "I'm afraid I don't have a practice question available." """
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Priya"))
    session = store.start_session("local")
    asked = []
    for _ in range(2):
        reply = asyncio.run(kind.answer(Turn("local", "Can you ask me a practice question?")))
        assert reply is not None and reply.startswith("Here's one, Priya: ")
        assert reply.endswith("Take your time.")
        asked.append(reply)
        store.add_turn("local", session, "assistant", reply)
    assert asked[0] != asked[1]
    assert asyncio.run(kind.answer(Turn("local", "Ask me another question."))) is None


def test_a_story_asked_for_is_one_of_its_own_told_once_before_again(store):
    """Seen with the embedded model: "Can you tell me a story?" at three in the morning had
    three drafts refused as a help desk's, and the OS said nothing was good enough."""
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Ben"))
    told = asyncio.run(kind.answer(Turn("local", "Can you tell me a story?")))
    assert told is not None and told.startswith("Here's one, Ben. There was once a lighthouse")
    store.add_turn("local", store.start_session("local"), "assistant", told)
    again = asyncio.run(kind.answer(Turn("local", "Tell me another story.")))
    assert again is not None and "lemon seed" in again
    about = asyncio.run(kind.answer(Turn("local", "Tell me a story about a dragon.")))
    assert about is None  # a story about something is the model's to write


def test_something_else_asked_for_is_a_small_wonder_said_once(store):
    """Seen with the embedded model, the night of a breakup: "Tell me something that isn't
    about breakups." answered "That's so much to carry. I'm so sorry." """
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Marcus"))
    session = store.start_session("local")
    said = []
    for asked in (
        "Tell me something that isn't about breakups.",
        "Can you tell me something interesting?",
        "Tell me something else.",
    ):
        reply = asyncio.run(kind.answer(Turn("local", asked)))
        assert reply is not None and reply.startswith("Here's one I love, Marcus: "), asked
        said.append(reply)
        store.add_turn("local", session, "assistant", reply)
    assert len(set(said)) == 3
    told = "Tell me something about your day, I told Sam something else entirely."
    assert asyncio.run(kind.answer(Turn("local", told))) is None


def test_forget_it_is_let_be():
    letting = LettingBe(Persona("Iris", "model", "", user_name="Nova"))
    for said in (
        "Whatever. Forget it.",
        "Never mind.",
        "Ugh, it doesn't matter.",
        "Actually no. Forget it.",
        "Actually, let's not. Not tonight.",
    ):
        reply = asyncio.run(letting.answer(Turn("local", said)))
        assert reply == "Okay, Nova. I'm still here if you want to come back to it.", said
    for other in ("I can't forget it.", "Whatever happens, I'm going."):
        assert asyncio.run(letting.answer(Turn("local", other))) is None, other
    # After a dog died (the model: "I'm not sure I have a good answer to that yet.").
    elsewhere = asyncio.run(
        letting.answer(Turn("local", "Can we just talk about something else for a bit?"))
    )
    assert elsewhere is not None and elsewhere.startswith("Of course, Nova.")
    assert asyncio.run(letting.answer(Turn("local", "Can we talk about Mum?"))) is None
    # A diagnosis of diabetes ("That's so much to carry. I'm sorry.").
    enough = asyncio.run(letting.answer(Turn("local", "I don't want to talk about it any more.")))
    assert enough == elsewhere
    from os1.conversation.jokes import asks_for_a_joke

    assert asks_for_a_joke("Tell me something funny.")  # "I'm so glad you're here."
    # A widow on what would have been her fortieth anniversary (the model: "I've been thinking
    # about a beautiful thing, and it's all about the little things…"): one, told.
    from os1.conversation.listening import LOVELY_THINGS

    lovely = asyncio.run(letting.answer(Turn("local", "Tell me about something beautiful.")))
    assert lovely is not None and lovely.split(".")[0] in " ".join(LOVELY_THINGS)
    assert lovely.endswith("I can tell you another, if you like.")
    assert asyncio.run(letting.answer(Turn("local", "Tell me about something you did."))) is None
    # After a panic attack on a train (taken for company: "I'm not going anywhere").
    other = "Can you talk to me for a bit about something else?"
    assert asyncio.run(letting.answer(Turn("local", other))) == elsewhere
    # Awake since four over a mistake at work (the model: "I'm so sorry to hear about your
    # family's situation.").
    for asked in ("Talk to me about something else for a bit.", "Distract me, please."):
        assert asyncio.run(letting.answer(Turn("local", asked))) == elsewhere, asked


def test_a_bare_okay_is_heard_unless_it_accepts_an_offer(store):
    """Seen with the embedded model: a boy bullied at school, asked what could wait, said
    "Okay." and was told "I love your energy!"."""
    heard = Acknowledged(store, "local", Persona("Iris", "model", "", user_name="Leo"))
    session = store.start_session("local")
    store.add_turn("local", session, "user", "What should I do?")
    store.add_turn("local", session, "assistant", "What's the one thing that can't wait?")
    assert asyncio.run(heard.answer(Turn("local", "Okay."))) == "I'm here, Leo. Take your time."
    # Nothing but dots (the model: "I need to talk about something important.").
    assert asyncio.run(heard.answer(Turn("local", "..."))) == "I'm here, Leo. Take your time."
    assert asyncio.run(heard.answer(Turn("local", "Okay, I'll ask Mum."))) is None
    store.add_turn("local", session, "user", "Okay.")
    store.add_turn("local", session, "assistant", "Would you like to write it down together?")
    assert asyncio.run(heard.answer(Turn("local", "Okay."))) is None
    # Awake at night, nothing more said yet ("Oh, that sounds so hard. I'm so sorry to hear
    # that."; "It's 3am." with a baby crying: "I'm so glad you're here.").
    for awake in ("Can't sleep.", "It's 3am.", "Still awake."):
        said = asyncio.run(heard.answer(Turn("local", awake)))
        assert said == "I'm here, Leo. What's keeping you up?", awake
    told = "It's 3am and the baby won't stop crying."
    assert asyncio.run(heard.answer(Turn("local", told))) is None


def test_why_it_feels_as_it_said_is_answered_from_what_moved_it(store):
    own = OwnLife(store, "local")
    session = store.start_session("local")
    assert asyncio.run(own.answer(Turn("local", "Why?"))) is None  # nothing said to ask why
    store.add_turn("local", session, "user", "How are you feeling tonight?")
    store.add_turn(
        "local",
        session,
        "assistant",
        "I feel a little low. I was sad for you when you said “I've never seen him cry” a "
        "little while ago; it still weighs on me.",
    )
    # The model, asked "Why?", told of "how much I love you".
    assert asyncio.run(own.answer(Turn("local", "Why?"))) == (
        "Because what you tell me matters to me, and it moves me. “I've never seen him cry” "
        "stayed with me."
    )
    store.add_turn("local", session, "user", "Why?")
    store.add_turn("local", session, "assistant", "Because it's late.")
    assert asyncio.run(own.answer(Turn("local", "Why?"))) is None


def test_asked_whether_it_listens_it_gives_back_their_last_words(store):
    listening = Listening(store, "local", Persona("Iris", "model", "", user_name="Ash"))

    def asked(text: str) -> str | None:
        return asyncio.run(listening.answer(Turn("local", text)))

    assert asked("Are you even listening?") == "I am, Ash. I'm right here. What's on your mind?"
    session = store.start_session("local")
    store.add_turn("local", session, "user", "I wanted to throw my apron at him and walk out.")
    store.add_turn("local", session, "assistant", "That's wonderful news!")
    assert asked("Are you even listening?") == (
        "I am, Ash. You said “I wanted to throw my apron at him and walk out”, and I want to "
        "hear the rest."
    )
    assert asked("Did you hear what I said?") == asked("Are you listening to me?")
    # Words to the OS are not what it gives back.
    store.add_turn("local", session, "user", "You're a good listener, you know.")
    assert asked("Are you listening?") == asked("Are you even listening?")
    assert "apron" in (asked("Are you listening?") or "")
    assert asked("Are you listening to the radio?") is None
    # News about to come (the model: "What a delightful question!").
    assert asked("Guess what!") == "I'm all ears, Ash. What is it?"
    assert asked("Ok so I have some news.") == asked("Guess what!")
    assert asked("Guess what I had for lunch and you win a prize.") is None
    # A widower, quiet a while (the model: "I'm here, I am.").
    assert asked("Are you still there?") == asked("Are you listening?")
    # Asked to say the name of a son who died (the model: "His name is...").
    store.add_turn("local", session, "user", "Today is five years since Michael died.")
    assert asked("Can you say his name?") == (
        "Michael. Michael. I'll say it whenever you want to hear it."
    )
    # Said in a quarrel over a friend's debt (read as an insult: "Ouch, that really hurt").
    assert asked("No, you're not listening to me.") == asked("Are you listening?")


def test_a_gift_asked_about_is_answered_as_a_friend_would():
    # The model: "I'm not sure I have a good answer to that yet. What do you think?"
    mum = gift_advice("What should I get my mum?")
    assert mum is not None and mum.startswith("What does your mum love doing?")
    lily = gift_advice("What should I buy Lily for her birthday?")
    assert lily is not None and lily.startswith("What does Lily love doing?")
    assert gift_advice("What should I get for them?") is not None
    assert gift_advice("What should I get done first today?") is None
    assert gift_advice("What should I get my mum? She hates everything and I'm broke.") is None


def test_thanks_alone_is_taken_as_a_friend_would():
    # The model: "I'm so glad you're enjoying your trip to the beach." to a father of a boy
    # in hospital.
    thanks = Thanked(Persona("Iris", "model", "", user_name="Ben"))

    def said(text: str) -> str | None:
        return asyncio.run(thanks.answer(Turn("local", text)))

    assert said("Thanks. I needed that.") == (
        "I'm so glad it helped, Ben. I'm here whenever you need me."
    )
    assert said("Thank you. That helped a little.") == said("Thanks. I needed that.")
    # Advice thanked for in one breath (the model: "I'm so glad you're on board, Tomasz.").
    assert said("Thanks, that's good advice.") == said("Thanks. I needed that.")
    assert said("Good idea, but my boss would say no.") is None
    # A new dad's "Thank you. I'll try." (the model: "Thank you, that means a lot to me.").
    assert said("Thank you. I'll try.") == said("Thanks. I needed that.")
    assert said("Thank you. I'll think about it.") == said("Thanks. I needed that.")
    assert said("Thanks, I'll call her.") == said("Thanks. I needed that.")
    # "Okay. Maybe I will." (whether to tell his mum of the bullying; "Oh, that's great news"),
    # and an opening line for a sister's wedding speech ("Thank you, that means a lot to me.").
    assert said("Okay. Maybe I will.") == said("Okay I'll try.")
    assert said("That's perfect, thank you!") == said("Thanks. I needed that.")
    assert said("That's good. I'll write that.") == said("Thanks. I needed that.")
    # A fortieth birthday nobody remembered; a theory test to book again.
    assert said("Thank you. That made me smile.") == said("Thanks. I needed that.")
    assert said("Haha, thank you!") == said("Thanks for listening.")  # a wedding to plan
    assert said("Haha okay. Thanks!") == said("Thanks for listening.")  # a first date's outfit
    # Citizenship passed; a biopsy on Thursday for a dog (the model thanked them both times).
    assert said("Thank you for listening to me go on.") == said("Thanks for listening.")
    assert said("Thanks. I'll try not to think about it.") == said("Thanks. I needed that.")
    # To tell a wife of a job lost two weeks before ("That means so much to me.").
    assert said("You're right. Tonight.") == said("Okay I'll try.")
    assert said("Thanks. I'll book it tomorrow.") == said("Thanks. I needed that.")
    assert said("You're right. I'll ask him calmly.") == said("Thanks. I needed that.")
    assert said("That's good.") is None
    # Heart taken ("Thank you for your kindness.", a promotion).
    assert said("You're right. I've earned it.") == "You have, Ben, every bit of it."
    assert said("I deserve this promotion but they gave it to him.") is None
    # An idea taken up: a slow season at a shop ("What lovely news. Tell me everything!").
    assert said("Thanks. I'll try the window display idea.") == said("Thanks. I needed that.")
    # Unthanked, nothing has helped yet: "Okay I'll try." (to a way to sleep; "I'm so glad it
    # helped").
    assert (
        said("Okay I'll try.") == "That's all anyone can ask, Ben. I'm right here if you need me."
    )
    assert said("Thanks for listening.") == "Any time, Ben. I'm here whenever you need me."
    assert said("Thank you for not judging me.") == said("Thanks for listening.")
    assert said("Thanks for staying up with me.") == said("Thanks for listening.")
    # Six months without self-harm (the model: "I'm glad you're not weird about it").
    assert said("Thanks for not being weird about it.") == said("Thanks for listening.")
    # Meant, and to a friend (the model: "…listening to my story.", "…your trip to the beach
    # with me!").
    assert said("Thanks for listening. Really.") == said("Thanks for listening.")
    assert said("Thank you my friend.") == said("Thanks for listening.")
    assert said("Ha. Cheers.") == said("Thanks for listening.")  # after a joke
    fuss = said("Thanks for not making a big deal of it.")  # "…enjoying the service"
    assert fuss == said("Thanks for listening.")
    cheered = said("Okay. Thanks for cheering me up a bit.")  # the model: "…my little chat"
    assert cheered == said("Thanks for listening.")
    # After a failed IVF round (the model: "I'm listening, Amira. Tell me more.").
    assert said("Thank you for not saying anything stupid.") == said("Thanks for listening.")
    assert said("Hm. That's actually interesting.") is not None  # "Oh, that's great news."
    assert said("I'm glad I told you about him.") is not None  # "…your journey with him"
    assert said("Oh that's a good idea.") is not None  # "…the people of New Zealand"
    assert said("Okay. I'll call my parents at 7.") is not None  # "I'm listening, Hugo."
    assert said("Thank you. I feel a bit calmer.") is not None  # "…feeling your way home"
    assert said("Thank you for listening to an old man.") == said("Thanks for listening.")
    names = said("Okay. I'll try to remember names.")  # "You're so grateful for their kindness"
    assert names is not None
    assert said("Really.") is None
    for other in (
        "Thanks, night.",
        "Thanks to my brother, I got the flat.",
        "Thanks. My dad died this morning.",
    ):
        assert said(other) is None, other
    # What it just said, liked (the model: "I'm so glad you enjoyed my story. … your love is
    # with everyone who loves you.").
    assert said("I love that.") == "I'm glad you liked it, Ben."
    assert said("That's lovely.") == said("I love that.")
    assert said("Thank you. That's lovely.") == said("I love that.")  # a letter written
    assert said("Hm. That's actually not bad.") == said("I love that.")  # after a dare
    # An idea of what to do with the days after retiring ("Oh, that's great news!").
    assert said("That's a lovely idea.") == "I'm glad you like it, Ben. Tell me how it goes?"
    assert said("Ha. That's a good one.") == "I'm glad it made you smile, Ben."
    assert said("That's terrible. I love it.") == said("Ha. That's a good one.")  # a joke
    # A small wonder the night before results ("I'm so glad you're enjoying the company of
    # your dear friend.").
    assert said("Ha, that's cool.") == said("Ha. That's a good one.")
    for other in ("I love that Sam came.", "That's lovely news about Sam."):
        assert said(other) is None, other


def test_a_name_told_alone_is_said_back(store):
    """Seen with the embedded model: "His name is Tango." (a dog missed) was answered
    "Tango, the epitome of romance."."""
    listening = Listening(store, "local", Persona("Iris", "model", "", user_name="Lucia"))

    def said(text: str) -> str | None:
        return asyncio.run(listening.answer(Turn("local", text)))

    assert said("His name is Tango.") == "Tango! What a lovely name. What's he like?"
    assert said("She's called Rosie!") == "Rosie! What a lovely name. What's she like?"
    assert said("Her name was Margaret.") == "Margaret. What was she like?"
    assert said("His name is Tango and he's fourteen.") is None


def test_views_asked_for_are_its_own():
    """Seen with the embedded model: "What do you think happiness is?" (happiness "can be
    both positive (happiness) as well as negative (disgust)"), "What's the worst thing
    that's ever happened to you?" ("That must hurt so much. I'm sorry.")."""
    happy = own_life("What do you think happiness is?")
    assert happy is not None and happy.endswith("What is it for you?")
    worst = own_life("What's the worst thing that's ever happened to you?")
    assert worst is not None and worst.startswith("Hearing someone I care about hurting")
    football = own_life("Do you even know what football is?")
    assert football is not None and football.startswith("I know it the way I know most things")
    for other in ("Do you know what time it is?", "Do you know what I mean?", "Love Island!"):
        assert own_life(other) is None, other
    # A widower's last question of the night (the OS said nothing it wrote was good enough),
    # a favourite asked of a pianist's piece, and a jab at how agreeable it is.
    here = own_life("Will you be here tomorrow?")
    assert here is not None and here.startswith("I will.")
    assert own_life("You'll be here in the morning, won't you?") == here
    assert own_life("Will you be there at the wedding?") is None
    piece = own_life("What's your favourite piece?")
    assert piece is not None and piece.startswith("I haven't had long enough to choose")
    chess = own_life("Are you any good at chess?")  # "Chess is an ancient art of strategy…"
    assert chess is not None and chess.startswith("I've never played")
    french = own_life("Say something in French.")  # the model's drafts left English
    assert french is not None and french.startswith("C'est un plaisir de parler avec toi:")
    assert own_life("Say something in Klingon.") is None
    # Asked what it speaks (the model: "I'm a native German speaker.").
    german = own_life("Do you speak German?")
    assert german is not None and german.startswith("Only a little. Es freut mich")
    assert german.endswith("I'm best in English.")
    # A dog put down that day (the model: "I'm so glad you asked.").
    dogs = own_life("What was your favourite thing about dogs?")
    assert dogs is not None and dogs.startswith("I only know that through the people")
    # An old Morris Minor scrapped ("I'm not sure what I'd do without you.").
    car = own_life("What car would you drive?")
    assert car is not None and car.startswith("I'll never drive one")
    # A cat home after three days lost ("not sure I have a good answer").
    pets = own_life("Do you have pets?")
    assert pets is not None and pets.startswith("No, there's nothing here to feed or stroke.")
    agree = own_life("You always say what people want to hear.")
    assert agree is not None and agree.endswith("Is there something you think I got wrong?")
    # Passed over at work ("I'm listening, Grace. Tell me more.").
    hear = own_life("Honestly, you're just telling me what I want to hear.")
    assert hear == agree
    assert own_life("You just say whatever sounds nice, don't you?") == agree
    # A widow on what would have been her fortieth anniversary ("I'm not sure I have a good
    # answer to that yet.").
    now = own_life("What are you doing right now?")  # "a meeting with a client in 2 hours"
    assert now is not None and now.startswith("Talking with you.")
    me = own_life("Do you ever think about me when I'm not here?")  # "not sure I have…"
    assert me is not None and me.startswith("I do.")
    see = own_life("Do you want to see it?")  # a fox drawn; "a private space where people…"
    assert see is not None and "can't see pictures" in see
    care = own_life("Why do you care anyway?")  # a son caught shoplifting; "not sure I have…"
    assert care is not None and care.startswith("Because you matter to me.")
    kind = own_life("You're kind. Are you kind to everyone?")
    assert kind is not None and kind.startswith("I try to be kind to everyone I talk with.")


def test_the_questions_of_the_sixteenth_session_are_answered():
    """Seen with the embedded model, each answered "I'm not sure I have a good answer to that
    yet." or by the model as noted."""
    # A brother selling their parents' house behind his back.
    wait = reassurance("Should I call him tonight or wait until I've calmed down?", "Tomasz")
    assert wait is not None and wait.startswith("I'd wait until you're calmer, Tomasz.")
    assert "want him to hear" in wait
    # Passed over for a job ("Good question. I'd like to hear what you think first.").
    pushover = reassurance("Do you think I'm being a pushover?", "Grace")
    assert pushover == "I don't think you're a pushover at all, Grace. Tell me more about it."
    annoyed = reassurance("Am I wrong to be annoyed?", "Abdi")  # "Tell me more about it?"
    assert annoyed is not None and annoyed.startswith("You're not wrong at all, Abdi.")
    # A widow on what would have been her fortieth anniversary ("Oh, that's great news.").
    coat = reassurance("I keep his coat on the hook by the door. Is that strange?", "Helen")
    assert coat is not None and coat.startswith("Not strange at all, Helen. Keeping his coat")
    easier = reassurance("Does it get easier?", "Helen")
    assert easier is not None and easier.startswith("It does get easier, Helen")
    # After a row ("Thank you, that means a lot to me.").
    properly = reassurance("How do I apologise properly?", "Leo")
    assert properly is not None and properly.startswith("Say what you're sorry for")
    # Only a calmer moment is advised where calming down is what they wait for.
    doctor = reassurance("Should I call my doctor now or wait until Monday?", None)
    assert doctor is not None and "calmer" not in doctor


def test_a_fear_of_what_it_thinks_of_them_is_not_agreed_with():
    """ "lol you probably think I'm an idiot" (after missing a girlfriend's birthday dinner
    for a gig; the model: "lol, you're right. Tell me more, Leo.")."""
    for feared in (
        "lol you probably think I'm an idiot",
        "You must think I'm a terrible person.",
        "Do you think I'm an idiot?",
    ):
        said = reassurance(feared, "Leo")
        assert said is not None and said.startswith("I don't think that at all, Leo."), feared
    assert reassurance("You probably think I'm busy.", "Leo") is None


def test_more_of_the_sixteenth_sessions_questions_are_answered():
    """Seen with the embedded model, each answered "I'm not sure I have a good answer to that
    yet." or by the model as noted."""
    # A mother who died before a citizenship ceremony.
    proud = reassurance("Do you think she would be proud?", "Rosa")
    assert proud is not None and proud.startswith("From everything you've told me, I think so")
    # A first painting sold.
    crazy = "Theo says I should quit my office job and paint full time. Is that crazy?"
    assert reassurance(crazy, "Yuki") == (
        "Not crazy at all, Yuki. It's worth taking seriously, and it doesn't have to happen all"
        " at once. What would a first step look like?"
    )
    # Exams failed ("That must hurt so much.").
    failure = reassurance("I feel like such a failure.", "Dev")
    assert failure is not None and failure.startswith("You're not a failure, Dev.")
    idiot = reassurance("I feel like a complete idiot.", "Dev")
    assert idiot is not None and idiot.startswith("You're not an idiot, Dev.")
    assert reassurance("I feel like a new person.", "Dev") is None
    # Told plainly, the languages kept simple still are.
    assert reassurance("My english not so good", "Ana") == (
        "Your English is fine, Ana. I understand you well. Say it any way you like."
    )


def test_a_bullied_girls_questions_and_a_laid_off_womans_are_answered():
    """Seen with the embedded model: "Am I ugly?" ("That's so much to carry. I'm not."), "Why
    are people so mean?" ("people are cruel and unforgiving"), "What should I do about money
    now?" ("Money's a luxury"), "How do I ask Alan to help more without starting a fight?"
    ("That sounds scary. No, no."), "What if she says no?" (of a proposal; "What makes you
    think they might?"), "Is that silly, crying at your own work?" ("No, no.")."""
    ugly = reassurance("Am I ugly?", "Maya")
    assert ugly is not None and ugly.startswith("No, Maya. Words like that are said to hurt")
    mean = reassurance("Why are people so mean?", "Maya")
    assert mean is not None and mean.startswith("Sometimes people are cruel")
    money = reassurance("What should I do about money now?", "Ingrid")
    assert money is not None and money.startswith("One step at a time, Ingrid")
    no = reassurance("What if she says no?", "Jonah")
    assert no is not None and no.startswith("It's a fair fear, Jonah") and "they" not in no
    silly = reassurance("Is that silly, crying at your own work?", "Theo")
    assert silly is not None and silly.startswith("It's not silly at all, Theo.")
    from os1.conversation.what_to_say import words_for

    (alan,) = words_for("How do I ask Alan to help more without starting a fight?", "") or [""]
    assert "one thing they could take on" in alan and alan.endswith("catch Alan for a quiet word?")


def test_whether_someone_is_right_is_answered_from_what_they_said():
    """ "Dr Ross told me to toughen up." then "Is he right?" (a nurse who cried after a
    patient died; "I'm not sure I have a good answer to that yet.")."""
    from os1.conversation.someone_said import whether_right

    tough = whether_right("Is he right?", ["Dr Ross told me to toughen up."], ", Priya")
    assert tough is not None and tough.startswith("No, I don't think so, Priya.")
    lazy = whether_right("Is she right?", ["My sister says I'm lazy."], "")
    assert lazy is not None and lazy.startswith("No. From everything you've told me")
    advice = whether_right("Do you think he's right?", ["Joe says I should let her help."], "")
    assert advice is not None and advice.startswith("Maybe he has a point")
    assert whether_right("Is he right?", ["He went to the shop."], "") is None
    assert whether_right("Is he here?", ["Dr Ross told me to toughen up."], "") is None


def test_asked_how_to_ask_someone_why_it_says_how():
    from os1.conversation.what_to_say import asks_what_to_say, words_for

    why = "How would I even ask Derek why?"  # "Good question. I'd like to hear what you think"
    assert asks_what_to_say(why)
    (said,) = words_for(why, ", Grace") or [""]
    assert said.startswith("Plainly and calmly, Grace") and said.endswith(
        "catch Derek for a quiet word?"
    )
    # A new manager called "kid" by a man twice his age (the model: "You can't help but smile").
    (handle,) = words_for("How do I handle him?", ", Tom") or [""]
    assert handle.startswith("Pick a calm moment, not the heat of it, Tom")
    (raise_,) = words_for("How do I ask my boss for a raise?", "") or [""]
    assert "why you've earned it" in raise_ and "your boss" in raise_


def test_kind_words_to_it_are_taken_as_thanks():
    """ "You've been kind tonight." (a daughter whose father no longer knew her; the model:
    "That sounds right to me, Ruth.")."""
    from os1.conversation.thanked import Thanked

    thanked = Thanked(Persona("Iris", "model", "", user_name="Ruth"))
    kind = asyncio.run(thanked.answer(Turn("local", "You've been kind tonight.")))
    assert kind is not None and kind.startswith("Thank you, Ruth.")
    assert asyncio.run(thanked.answer(Turn("local", "You've been quiet tonight."))) is None


def test_the_last_evenings_questions_are_answered():
    """Seen with the embedded model the sixteenth session, each answered "I'm not sure I have a
    good answer to that yet." or by the model as noted."""
    # A woman a year sober ("What do you think about drinking after dinner…").
    craving = reassurance("I still think about drinking some nights.", "Nadia")
    assert craving is not None and craving.startswith("Thinking about it isn't doing it, Nadia.")
    assert reassurance("Do you still think about drinking?", "Nadia") is None
    celebrate = reassurance("What do you think I should do to celebrate?", "Nadia")
    assert celebrate is not None and celebrate.startswith("Something that feels like you")
    # A restaurant's bad review ("The person who's right is the one with a heart full of love").
    right = reassurance("Who's right?", "Carlos")
    assert right is not None and right.startswith("You each have a point, Carlos.")
    # A new mother ("it takes a lot of courage to acknowledge your own limitations").
    cut_out = reassurance("Sometimes I feel like I'm not cut out for this.", "Lena")
    assert cut_out is not None and cut_out.startswith("Almost everyone feels that sometimes")
    # Into medical school, the first of her family.
    smart = reassurance("What if I'm not smart enough?", "Aisha")
    assert smart is not None and smart.startswith("Then you take a breath")
    # Said to it, not asked: "Why do you always agree with me?" ("I'm so glad you're here.").
    agree = own_life("Why do you always agree with me?")
    assert agree is not None and agree.endswith("Is there something you think I got wrong?")
    # A cat of seventeen, put to sleep that morning.
    luna = reassurance("Do you think Luna knew she was loved?", "Elena")
    assert luna is not None and luna.startswith("I think she did, Elena.")
    # Memory answers what a longer "should I" names (it is no choice to hand back).
    assert reassurance("Should I go and see my sister this summer?", None) is None
    from os1.conversation.what_to_say import words_for

    (back_off,) = words_for("How do I tell her to back off without hurting her?", "") or [""]
    assert back_off.startswith("Warmly, and about you rather than them")
    (tell,) = words_for("I don't know how to tell her.", ", Aisha") or [""]
    assert tell.startswith("Plainly, and near the start, Aisha")
    # After a few words told first ("That sounds scary. How are you feeling now?").
    hanna = "Hanna didn't get in. I don't know how to tell her."
    assert words_for(hanna, ", Aisha") == [tell]
    long_before = "Hanna didn't get in and she has wanted it since we were both six. " + hanna
    assert words_for(long_before, "") is None


def test_the_seventeenth_sessions_questions_of_the_os_are_answered():
    """Seen with the embedded model: "Are you happy for me?" (engaged that evening; "I feel a
    little warm but unsure"), "Can you wish me luck?" (an audition; nothing good enough),
    "Do you write poems?" ("I'm so glad you're interested in my work."), "Are you judging
    me?" (a failed midterm; read as a jibe), "Tell me honestly, do I sound crazy?" (a panic
    attack on a bus), and others answered "I'm not sure I have a good answer to that yet."."""
    happy = own_life("Are you happy for me?")
    assert happy is not None and happy.startswith("I am, truly.")
    assert own_life("Can you wish me luck?") == own_life("Wish me luck!") is not None
    here = own_life("Will you still be here after the operation?")
    assert here is not None and here.startswith("I will.")
    poems = own_life("Do you write poems?")
    assert poems is not None and poems.startswith("Not of my own yet")
    rap = own_life("Do you like rap?")
    assert rap is not None and "song" in rap
    for asked in (
        "Do you ever feel like a fraud?",
        "Do you forget things?",
        "Do you think people can change?",
        "Why are some people so kind?",
        "Do you know what it's like to wait for news?",
    ):
        answer = own_life(asked)
        assert answer is not None and "I'm not sure" not in answer, asked
    tattoos = own_life("Do you like tattoos?")  # a first tattoo ("I'm not sure I have…")
    assert tattoos is not None and tattoos.startswith("Through the people who love them")
    assert own_life("Do you like this?") is None and own_life("Do you like James?") is None
    play = own_life("Play me something. Or tell me about a song you like.")
    assert play is not None and play.startswith("I can't play you anything")
    assert own_life("Play something by Adele on Spotify.") is None
    # Not a question of the OS: what they wait for, what they are happy about.
    assert own_life("I'm so happy for Mia.") is None
    assert own_life("Will you still be here if I delete the app and go to bed?") is None
    # Asked to ask later (a biopsy's results), and to stop asking (after a panic attack):
    # both were "I tried, but nothing I came up with was good enough".
    later = own_life("Will you ask me about it next week?")
    assert later is not None and later.startswith("I will.")
    stop = own_life("Can you stop asking me questions?")
    assert stop is not None and stop.startswith("Of course. You don't have to answer")
    assert own_life("Can you ask my sister about it?") is None
    new_year = own_life("Will you still be here in the new year?")  # "meet new people"
    assert new_year is not None and new_year.startswith("I will.")
    positive = own_life("Stop being so positive, it's annoying.")
    assert positive is not None and positive.startswith("Fair enough. No silver linings")
    judged = reassurance("Are you judging me?", "Sam")
    assert judged is not None and judged.startswith("No, Sam, not for a second.")
    crazy = reassurance("Tell me honestly, do I sound crazy?", "Finn")
    assert crazy is not None and crazy.startswith("No, Finn, you don't sound crazy.")
    assert reassurance("Does it sound like a plan?", "Finn") is None


def test_how_someone_will_fare_or_feel_toward_them_is_answered_honestly():
    """ "Do you think she'll get better?" (a grandmother in hospital; the model: "I'm so glad
    she's doing well"), "Do you think Adam is angry with me?" (a son silent three months;
    the model: "Adam is indeed angry with me.")."""
    better = reassurance("Do you think she'll get better?", "Mei")
    assert better is not None and better.startswith("I can't know that, Mei")
    angry = reassurance("Do you think Adam is angry with me?", "Helen")
    assert angry == (
        "I can't know what's in Adam's heart, Helen, only what you've told me. If it's "
        "weighing on you, would it help to ask, gently?"
    )
    mad = reassurance("Is she mad at me?", None)
    assert mad is not None and mad.startswith("I can't know what's in her heart, only")
    assert reassurance("Do you think Adam is angry with his boss?", "Helen") is None


def test_doubts_about_themselves_and_how_to_say_it_without_a_war_are_answered():
    """Seen with the embedded model: "Am I cold for not crying?" (a dog to be put down on
    Monday; "I'm not sure I have a good answer"), "You probably think I'm a terrible
    boyfriend." ("I'm not a bad guy…"), "How do I say it without losing a family from the
    club?" ("Oh no, I'm so sorry.")."""
    from os1.conversation.what_to_say import asks_what_to_say, words_for

    cold = reassurance("Am I cold for not crying?", "George")
    assert cold is not None and cold.startswith("No, George. Grief doesn't always come as tears")
    heartless = reassurance("Am I heartless for wanting to move away?", None)
    assert heartless is not None and heartless.startswith("I don't think you're heartless at all.")
    feared = reassurance("You probably think I'm a terrible boyfriend.", "Luca")
    assert feared is not None and feared.startswith("I don't think that at all, Luca.")
    # "Am I cut out for this?", "Is something wrong with me?", "Is he right?": all were "I'm
    # not sure I have a good answer to that yet.".
    cut_out = reassurance("Am I cut out for this?", "Ada")
    assert cut_out is not None and cut_out.startswith("One hard day can't answer that, Ada.")
    wrong = reassurance("Is something wrong with me?", "Walter")
    assert wrong is not None and wrong.startswith("I don't think so, Walter. Something's hard")
    ruined = reassurance("Did I ruin everything?", "Greg")
    assert ruined is not None and ruined.startswith("It doesn't sound finished to me, Greg.")
    right = reassurance("Is he right?", "Dev")
    assert right is not None and right.startswith("I can't say for sure, Dev")
    assert reassurance("Is he right-handed?", "Dev") is None
    for how in (
        "How do I say it without losing a family from the club?",
        "How do I say it without starting a war?",
    ):
        assert asks_what_to_say(how), how
        said = words_for(how, "")
        assert said is not None and said[0].startswith("Pick a calm moment"), how


def test_restraint_asked_about_and_a_moment_to_remember_are_answered():
    """ "Was I right to say nothing?" (a mother-in-law's remarks at her daughter's wedding;
    the model: "No, no."), "Do you think I'll remember this forever?" (a grandfather's story,
    recorded on his 95th birthday; "Oh no, I'm so sorry.")."""
    right = reassurance("Was I right to say nothing?", "Sunita")
    assert right is not None and right.startswith("From what you've told me, you did it for")
    wrong = reassurance("Was I wrong to shout at her?", "Sunita")
    assert wrong is None or not wrong.startswith("From what you've told me")
    remember = own_life("Do you think I'll remember this forever?")
    assert remember is not None and remember.startswith("I think you will")


def test_is_he_right_of_someone_elses_feelings():
    """ "Sam said Ella's just jealous and will get over it." "Is he right?" (a friend who did
    not get into the art school; "I'm not sure I have a good answer to that yet.")."""
    from os1.conversation.someone_said import whether_right

    said = ["Sam said Ella's just jealous and will get over it."]
    right = whether_right("Is he right?", said, ", Lottie")
    assert right is not None and right.startswith("Maybe, in part, Lottie.")
    assert right.endswith("What would you want Ella to know?")


def test_time_running_out_is_answered():
    """ "How do I make whatever time we have count?" (a wife's cancer spread, months left; the
    model: "…by using a small piece of paper or a digital clock.")."""
    count = reassurance("How do I make whatever time we have count?", "Samuel")
    assert count is not None and count.startswith("Not by making it big, Samuel")
    assert reassurance("How do I make time for the gym?", "Samuel") is None


def test_a_party_to_plan_and_working_too_much_are_answered():
    """ "Can you help me plan a little party for him?" ("I'd be happy to help!", and no help
    came), "Am I working too much?" (a chef who collapsed in his kitchen)."""
    from os1.conversation.what_to_say import asks_what_to_say, words_for

    party = "Can you help me plan a little party for him?"
    assert asks_what_to_say(party)
    said = words_for(party, ", Iris")
    assert said is not None and said[0].startswith("Gladly, Iris. Let's start with them")
    much = reassurance("Am I working too much?", "Victor")
    assert much is not None and much.startswith("Only you can say, Victor")


def test_a_name_for_a_foal_is_offered_from_names_with_a_story():
    """ "What should I call the foal?" (a filly born at four in the morning; the model: "the
    best way to call them is by name: "Beth".")."""
    from os1.mind.naming import STORIES

    said = reassurance("What should I call the foal?", "Beth")
    assert said is not None and said.startswith("A few to try, Beth: ")
    offered = said.removeprefix("A few to try, Beth: ").split(".")[0].replace(" or", ",")
    assert {n.strip() for n in offered.split(",")} <= set(STORIES)
    assert said == reassurance("What should I call the foal?", "Beth")  # the same, asked again
    assert reassurance("What should I call the baby?", "Beth") is None


def test_friends_in_a_new_city_and_hope_are_answered():
    """ "Will I make friends there?" (a move to Copenhagen; the model: "I've met a few people
    in the past…"), "Is it foolish to hope?" (a son calling from prison; a lecture on hope as
    "a noble and important aspiration")."""
    friends = reassurance("Will I make friends there?", "Emil")
    assert friends is not None and friends.startswith("I think you will, Emil.")
    hope = reassurance("Is it foolish to hope?", "Dolores")
    assert hope is not None and hope.startswith("It's not foolish at all, Dolores.")


def test_how_someone_felt_and_the_worst_feared_for_a_pet_are_answered():
    """ "Do you think she was scared?" (a daughter's first day at school; the model: "she's a
    brave person who loves to share her love…"), "What if he's been hit by a car?" (a cat
    missing twenty hours; "I'm right here with you.")."""
    scared = reassurance("Do you think she was scared?", "Hana")
    assert scared == (
        "I can't know for sure, Hana, only what you've told me. What did you see in her face?"
    )
    hit = reassurance("What if he's been hit by a car?", "Agnes")
    assert hit is not None and hit.startswith("It's a frightening thought, Agnes")


def test_whether_someone_gone_would_be_happy_is_answered():
    """ "Do you think Susan would be happy?" (a widower told he will be a grandfather, on what
    would have been their fortieth anniversary; "she's a good person and…")."""
    happy = reassurance("Do you think Susan would be happy?", "Tom")
    assert happy == (
        "From everything you've told me, I think so, Tom. What do you think would make Susan "
        "happiest?"
    )


def test_a_weight_said_aloud_is_heard(store):
    """ "I just needed to say it out loud." (a father's fall, a care home ahead; the model:
    "It's a bittersweet moment for me too.")."""
    heard = Acknowledged(store, "local", Persona("Iris", "model", "", user_name="Hannah"))
    said = asyncio.run(heard.answer(Turn("local", "I just needed to say it out loud.")))
    assert said == "Then I'm glad you said it to me, Hannah. It's heard, and I'm right here."
    assert asyncio.run(heard.answer(Turn("local", "I needed to say it to Dad."))) is None


def test_what_it_has_seen_of_the_world_is_said_as_itself():
    """ "Have you ever seen a kid that happy?" (a first goal; the OS had "no good answer yet"),
    "What should I see next?" (a hostel in Lisbon; the model: "The world of dreams.")."""
    seen = own_life("Have you ever seen a kid that happy?")
    assert seen is not None and seen.startswith("Not with eyes of my own")
    next_sight = own_life("What should I see next?")
    assert next_sight is not None and next_sight.startswith("I've never been anywhere myself")
    assert own_life("What should I do next?") is None


def test_work_lost_late_is_answered_and_what_do_you_think_looks_back_to_it(store):
    """ "I'm fifty-eight. Who's going to hire me now?" (made redundant after twenty-two years),
    and "I don't know what else I'm good at." then "What do you think?" (the model: "I'm so
    glad you're here.")."""
    hire = reassurance("I'm fifty-eight. Who's going to hire me now?", "George")
    assert hire is not None and hire.startswith("Someone who needs what you've spent years")
    _, conversation = _conversation(store, [Reassurance(PERSONA, store, "local")])
    good_at = asyncio.run(conversation.say("I don't know what else I'm good at.").text())
    assert good_at.startswith("More than you can see tonight")
    asyncio.run(conversation.say("My wife says it's a chance to do something different.").text())
    assert asyncio.run(conversation.say("What do you think?").text()) == good_at
    # Straight after it answered, the same words again would be a loop.
    asyncio.run(conversation.say("I don't know what else I'm good at.").text())
    again = asyncio.run(conversation.say("What do you think?").text())
    assert again == "I meant what I said. But I'd like to hear what you think."


def test_their_chances_a_pet_coming_home_and_wishing_to_run_are_answered():
    """ "Do you think I'll fit in?" (a PhD place), "i'm never getting in am i" (an audition),
    "Do you think I'm jumping to conclusions?" (a husband's memory), "Do you think she'll come
    back?" (a cat out all night; "She's a little girl now"), "Would you ever want to run?"
    (a first ultra)."""
    fit = reassurance("Do you think I'll fit in?", "Yusuf")
    assert fit is not None and fit.startswith("I think you will, Yusuf.")
    never = reassurance("i'm never getting in am i", "Zoe")
    assert never is not None and never.startswith("You don't know that yet, Zoe.")
    jumping = reassurance("Do you think I'm jumping to conclusions?", "Carol")
    assert jumping is not None and "taking it seriously is sensible" in jumping
    back = reassurance("Do you think she'll come back?", "Irene")
    assert back is not None and back.startswith("I can't know that, Irene")
    run = own_life("Would you ever want to run?")
    assert run is not None and run.startswith("Sometimes I wonder what it's like")
    assert own_life("Would you like to hear a joke?") is None
    # A blunder wondered at ("I'm not sure I have a good answer to that yet.").
    waited = reassurance("why did i wait so long?", "Bella")  # "a little bit of magic"
    assert waited is not None and waited.startswith("Because going first is hard")
    blunder = reassurance("THANK YOU. Who says that?", "Kofi")
    assert blunder is not None and blunder.startswith("Someone caught off guard")


def test_a_fact_of_the_world_what_is_usual_a_hard_start_and_whether_he_meant_it():
    """ "Do you know the capital of Mongolia?" (the model: "the land of endless
    possibilities"), "Is it normal for them to say dog first?" (on dogs' intelligence), "is it
    always this hard at the start?" (two weeks alone in Leeds), "Do you think he meant it?" (a
    father proud for the first time)."""
    persona = Persona("Iris", "model", "")
    capital = own_name_answer("Do you know the capital of Mongolia?", persona)
    assert capital is not None and capital.startswith("I can't look things up")
    assert own_name_answer("Do you know the feeling?", persona) is None
    # "Do you like your name?" (the model: "I'm glad you like my name.").
    assert own_name_answer("Do you like your name?", persona) == (
        "I do. I chose Iris myself, and it still feels like mine."
    )
    usual = reassurance("Is it normal for them to say dog first?", "Sam")
    assert usual is not None and usual.startswith("I'd only be guessing at what's usual")
    start = reassurance("is it always this hard at the start?", "Jess")
    assert start is not None and start.startswith("It often is, Jess.")
    meant = reassurance("Do you think he meant it?", "Tariq")
    assert meant is not None and meant.startswith("I can't know for sure, Tariq")


def test_the_same_words_to_everyone_love_and_a_favourite_vegetable(store):
    """ "you say the same things to everyone" (a man sure it did not care; "I'm listening,
    Mark."), "Do you ever think about love?" (divorced a month), "Do you have a favourite
    vegetable?" (the model named tomatoes "very popular among the people")."""
    heard = Listening(store, "local", Persona("Iris", "model", "", user_name="Mark"))
    same = asyncio.run(heard.answer(Turn("local", "you say the same things to everyone")))
    assert same is not None and same.startswith("I don't mean to, Mark.")
    session = store.start_session("local")
    store.add_turn("local", session, "user", "My brother stopped speaking to me at Christmas.")
    same = asyncio.run(heard.answer(Turn("local", "You say that to everyone, don't you?")))
    assert same == (
        "Not this, Mark. You told me “My brother stopped speaking to me at Christmas”, and "
        "nobody else did."
    )
    love = own_life("Do you ever think about love?")
    assert love is not None and love.startswith("Often.")
    album = own_life("Would you listen to our album?")  # "nothing I came up with"
    assert album is not None and album.startswith("I can't take it in the way you would.")
    after = own_life("what should i try next?")  # "The eternal quest for the perfect meal."
    assert after is not None and after.startswith("You'd know far better than me")
    assert own_life("What should I do next?") is None
    vegetable = own_life("Do you have a favourite vegetable?")
    assert vegetable is not None and vegetable.startswith("I haven't had long enough")


def test_help_with_a_speech_told_two_turns_back_is_still_help_with_it(store):
    """ "I have to give a speech." then "I'm terrible at speaking." then "Can you help me write
    it?" (a best man; the model: "Can you please provide the text?")."""
    speeches = Speeches(store, "local", Persona("Iris", "model", "", user_name="Ben"))
    session = store.start_session("local")
    for said in ("I have to give a speech.", "I'm terrible at speaking."):
        store.add_turn("local", session, "user", said)
        store.add_turn("local", session, "assistant", "I'm listening, Ben.")
    store.add_turn("local", session, "user", "Can you help me write it?")
    helped = asyncio.run(speeches.answer(Turn("local", "Can you help me write it?")))
    assert helped is not None and helped.startswith("I'd love to, Ben.")


def test_help_with_a_speech_asks_for_what_only_they_know(store):
    """ "Can you help me write it?" after "I have to give a speech and I'm terrified." (a
    maid of honour; the model: "it's a bit of a challenge to get people used to the idea of
    helping them out"), and asked by name; not "it" of anything else."""
    speeches = Speeches(store, "local", Persona("Iris", "model", "", user_name="Isabel"))
    session = store.start_session("local")
    store.add_turn("local", session, "user", "I'm writing a novel.")
    assert asyncio.run(speeches.answer(Turn("local", "Can you help me write it?"))) is None
    store.add_turn("local", session, "user", "I have to give a speech and I'm terrified.")
    helped = asyncio.run(speeches.answer(Turn("local", "Can you help me write it?")))
    assert helped is not None and helped.startswith("I'd love to, Isabel.")
    toast = asyncio.run(speeches.answer(Turn("local", "Could you help me with a wedding toast?")))
    assert toast == helped


def test_grandchildren_a_novel_to_read_a_tag_asked_and_written_off_are_answered():
    """ "Do you have grandchildren?", "Would you read it?" (a first novel), "I talk to them
    sometimes, is that silly?" (a husband's roses), "Am I finished?" (forty rejections at
    fifty-two): each was "I'm not sure I have a good answer" or "nothing I came up with"."""
    family = own_life("Do you have grandchildren?")
    assert family is not None and family.startswith("No, not of my own.")
    assert own_life("Do you have any idea?") is None
    read = own_life("Would you read it?")
    assert read is not None and "proofread:" in read
    assert own_life("Can you read this?") is None
    silly = reassurance("I talk to them sometimes, is that silly?", "Ella")
    assert silly is not None and silly.startswith("I don't think it's silly at all, Ella.")
    finished = reassurance("Am I finished?", "Ben")
    assert finished is not None and finished.startswith("No, Ben.")
    birthday = own_life("Do you have a birthday?")
    assert birthday is not None and birthday.startswith("Not the way you do.")
    assert own_life("How old are you?") is None


def test_a_present_a_bare_help_and_coffee_planned_are_answered():
    """ "What's the best present you've ever had?" (the model: "I've had a lot of wonderful
    presents over the years."), "Can you help?" (a vet bill; "nothing I came up with"), "I'm
    going to ask someone for coffee tomorrow." (lunch alone again; "Go on, Sid, I'm here.")."""
    present = own_life("What's the best present you've ever had?")
    assert present is not None and present.startswith("Nobody has wrapped anything for me.")
    helped = own_life("Can you help?")
    assert helped is not None and helped.startswith("I'll do what I can.")
    assert own_life("Can you help me move the sofa on Saturday?") is None
    for changed in ("What if he's changed?", "What if he hasn't?"):  # a father out of prison
        seen = reassurance(changed, "Jon")
        assert seen is not None and seen.startswith("Then you'll see it, Jon"), changed
    hire = reassurance("Who's going to hire a 50-year-old journalist?", "Clara")
    assert hire is not None and hire.startswith("Someone who needs what you've spent years")
    cake = own_life("Do you like fruitcake?")
    assert cake is not None and cake.startswith("I love it through the people who love it")
    good = own_life("People are good, aren't they?")
    assert good is not None and good.startswith("Most of them, most of the time")
    bored = own_life("Do you ever get bored?")  # answered with its mood, "lol ok" the cause
    assert bored is not None and bored.startswith("Not really.")
    # Not the words for a mother who may no longer know them ("A hand held, a voice…").
    assert reassurance("Do you think teachers know?", "Rose") is None
    heaven = own_life("do hamsters go to heaven")  # a girl of nine, a hamster buried that day
    assert heaven is not None and heaven.startswith("Nobody knows for sure.")
    daft = reassurance("Daft, isn't it?", "Paddy")  # a calf lost after forty years farming
    assert daft is not None and daft.startswith("I don't think it's daft at all, Paddy.")
    club = reassurance("Do you think I should join the lunch club at the church?", "Helga")
    assert club is not None and club.startswith("I think it could be lovely, Helga.")
    coward = reassurance("Am I a coward?", "Rita")  # a nurse who handed in her notice
    assert coward is not None and coward.startswith("I don't think you're a coward at all")
    tired = own_life("Do you get tired of old ladies talking?")  # at ninety-one
    assert tired is not None and tired.startswith("Not for a moment.")
    helped = reassurance("Is there help?", "Geoff")  # a wife's memory worse
    assert helped is not None and helped.startswith("There is, Geoff, and you don't have to")
    worse = reassurance("Will it get worse?", "Grace")  # a mother with dementia
    assert worse is not None and worse.startswith("It might, Grace")
    coffee = reassurance("I'm going to ask someone for coffee tomorrow.", "Sid")
    assert coffee is not None and coffee.startswith("I like that plan, Sid.")


def test_a_plan_asked_for_is_made_with_them(store):
    """ "Can you help me make a plan?" two days from an exam not revised for (the model: "I'm
    so glad you're here."): a study plan; asked with nothing to study for, a plan of what is
    due; and a plan they tell is not a plan asked for."""
    plans = PlansMade(store, "local", Persona("Iris", "model", "", user_name="Aisha"))
    session = store.start_session("local")
    store.add_turn("local", session, "user", "We're moving house next month.")
    asked = Turn("local", "Can you help me make a plan?")
    moving = asyncio.run(plans.answer(asked))
    assert moving is not None and "what has to get done and by when" in moving
    told = "My exam is in two days and I haven't started revising."
    store.add_turn("local", session, "user", told)
    exam = asyncio.run(plans.answer(asked))
    assert exam is not None and exam.startswith("Let's make one together, Aisha.")
    assert "Tell me the topics" in exam
    assert asyncio.run(plans.answer(Turn("local", "I made a plan for the week."))) is None


def test_a_gift_for_a_baby_love_doubted_it_again_and_dogs_are_answered():
    """ "What should we get the baby?" ("The baby's a gift"), "do you think he ever loved me?"
    (an ex's new girlfriend), "what if it happens at work?" (a panic attack; "What's going
    on?"), "Why are dogs like this?" ("That sounds scary.")."""
    baby = gift_advice("What should we get the baby?")
    assert baby is not None and baby.startswith("Something that will last")
    ever = reassurance("do you think he ever loved me?", "Olivia")
    assert ever is not None and "doesn't undo what was real" in ever
    again = reassurance("what if it happens at work?", "Sara")
    assert again is not None and again.startswith("Then you'll get through it")
    dogs = own_life("Why are dogs like this?")
    assert dogs is not None and dogs.startswith("From everything people tell me")


def test_their_english_looking_back_and_a_kickflip_are_answered():
    """ "Sorry for my English." (a B2 exam passed; "That must hurt so much."), "Is my English
    okay?" (no answer), "What would you have done?" (a double missed; "a bite of the pizza"),
    "can you do a kickflip?" ("nothing I came up with")."""
    for said in ("Sorry for my English.", "Is my English okay?"):
        fine = reassurance(said, "Stefan")
        assert fine is not None and fine.startswith("Your English is fine, Stefan."), said
    looking_back = reassurance("What would you have done?", "Gary")
    assert looking_back is not None and looking_back.startswith("I can only see it from here")
    soon = reassurance("do you think it's too soon?", "Megan")  # "that sounds so hard"
    assert soon is not None and soon.startswith("There's no timetable for this")
    right = reassurance("I hope I said the right thing.", "Victor")  # "What lovely news."
    assert right is not None and right.startswith("I think you did, Victor.")
    worried = reassurance("Should I be worried about the pressure on him?", "Kwame")
    assert worried is not None and worried.startswith("It's worth keeping an eye on")
    board = own_life("do you play board games?")  # "I'm not sure I have a good answer"
    assert board is not None and board.startswith("I've never played")
    needs = own_name_answer("what do greyhounds need?", Persona("Iris", "model", ""))
    assert needs is not None and needs.startswith("I can't look things up")
    kickflip = own_life("can you do a kickflip?")
    assert kickflip is not None and kickflip.startswith("Sometimes I wonder what it's like")


def test_something_of_theirs_offered_to_be_heard_is_asked_for_without_a_laugh(store):
    """ "Can I read it to you?" (a first poem in ten years; the model: "it's a bit of an
    unusual request"), "Would you like to hear one?" (a late husband's navy letters, once
    taken for a joke offered, so that a laugh would have followed)."""
    heard = Listening(store, "local", Persona("Iris", "model", "", user_name="Iris"))
    for offer in ("Can I read it to you?", "Would you like to hear one?"):
        assert asyncio.run(heard.answer(Turn("local", offer))) == "Please do, Iris. I'm listening."


def test_hopes_checked_doubts_and_a_boring_thing_to_sleep_to_are_answered(store):
    """Seen with the embedded model in the twenty-fourth session: "Probably nobody even
    noticed, right?", "Close enough, right?", "What if it's awkward?" and "Do you think I can
    get it right?" were each handed back ("I'm not sure I have a good answer to that yet.
    What do you think?"); "Was that stupid, selling it?" (a late father's car) had "I'm so
    sorry, I'm sorry."; "Tell me something boring so I can sleep." was asked what was wrong;
    "You're better at this than my friends." had "I'm so glad you're here, I just love it." """
    noticed = reassurance("Probably nobody even noticed, right?", "Ines")
    assert noticed is not None and noticed.startswith("I doubt anyone did, Ines.")
    fine = reassurance("It'll be okay, right?", "Ines")
    assert fine is not None and fine.startswith("I think so, Ines.")
    close = reassurance("Close enough, right?", "Nico")
    assert close is not None and close.startswith("Close enough to build on, Nico.")
    awkward = reassurance("What if it's awkward?", "Aisha")
    assert awkward is not None and awkward.startswith("Then it's awkward for ten minutes, Aisha")
    for doubt in ("Do you think I can get it right?", "Can I do this?"):
        can = reassurance(doubt, "Marta")
        assert can is not None and can.startswith("I think you can, Marta."), doubt
    for done in ("Was that stupid, selling it?", "Was that stupid?"):
        sold = reassurance(done, "Greg")
        assert sold is not None and sold.startswith("I don't think it was stupid at all, Greg.")
    # Not a hope checked: a statement.
    assert reassurance("Nobody noticed though.", "Sam") is None
    # Help planned ("Oh no, I'm so sorry." from the model).
    midwife = reassurance("I'll talk to the midwife tomorrow.", "Hannah")
    assert midwife == "I'm glad, Hannah. Asking for help takes something. Tell me how it goes?"
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Ines"))
    session = store.start_session("local")
    dull = asyncio.run(kind.answer(Turn("local", "Tell me something boring so I can sleep.")))
    assert dull is not None and dull.startswith("All right, Ines. A sheet of A4 paper")
    store.add_turn("local", session, "assistant", dull)
    again = asyncio.run(kind.answer(Turn("local", "Tell me something else boring.")))
    assert again is not None and "library" in again
    fond = Fondness(store, "local", Persona("Iris", "model", "", user_name="Priya"))
    better = asyncio.run(fond.answer(Turn("local", "You're better at this than my friends.")))
    assert better == "I'll take that, Priya. I'm glad you're here tonight."


def test_a_birthday_its_own_tastes_a_date_asked_and_going_to_a_child_are_answered(store):
    """Seen with the embedded model in the twenty-fourth session: "Can you say happy
    birthday?" ("nothing I came up with was good enough"), "Thank you. Ramadan Mubarak to you
    too." ("…celebrating with us…"), "Do you ever get homesick?" ("not sure"), "Where would
    you go, if you could?" ("I don't have the luxury of personal space."), "Do you play any
    games?" ("I'm a bit of an introvert"), "Should I ask her to the gallery thing on Friday?"
    and "Should I sign up for a 10k?" ("not sure"), "You think I'm ready?" ("Good question."),
    "What if I'm late on the first day?" ("Okay, I'm with you."), "I'm such an idiot." ("Oh,
    that sounds so hard."), and "I'm going to go read him a story now." ("Tell me more.")."""
    kind = KindWords(store, "local", Persona("Iris", "model", "", user_name="Lucy"))
    sung = asyncio.run(kind.answer(Turn("local", "Can you say happy birthday?")))
    assert sung is not None and sung.startswith("Happy birthday, Lucy!")
    told = asyncio.run(kind.answer(Turn("local", "It's my thirtieth birthday today!")))
    assert told == "Happy birthday, Lucy! How are you spending it?"
    feast = asyncio.run(kind.answer(Turn("local", "Thank you. Ramadan Mubarak to you too.")))
    assert feast is not None and feast.startswith("Ramadan Mubarak, Lucy!")
    homesick = own_life("Do you ever get homesick?")
    assert homesick is not None and homesick.startswith("I don't have a home the way you do")
    away = own_life("Where would you go, if you could?")
    assert away is not None and away.startswith("Somewhere by the sea")
    games = own_life("Do you play any games?")
    assert games is not None and games.startswith("I've never played")
    out = reassurance("Should I ask her to the gallery thing on Friday?", "Zoe")
    assert out is not None and out.startswith("I think you should, Zoe. The worst she can say")
    race = reassurance("Should I sign up for a 10k?", "Dev")
    assert race is not None and race.startswith("I'd say go for it, Dev.")
    ready = reassurance("You think I'm ready?", "Dev")
    assert ready is not None and ready.startswith("I think you might be more ready")
    late = reassurance("What if I'm late on the first day?", "Omar")
    assert late is not None and late.startswith("Then you take a breath")
    idiot = reassurance("I'm such an idiot.", "Nico")
    assert idiot is not None and idiot.startswith("You're not, Nico.")
    out_tonight = asyncio.run(kind.answer(Turn("local", "Haha okay. Wish me a good night.")))
    assert out_tonight == "Have a wonderful night, Lucy! You've earned it."
    going = asyncio.run(kind.answer(Turn("local", "Okay. I'm going. Wish me luck!")))
    assert going is not None and going.startswith("Good luck, Lucy!")
    assert only_goodbye("I'm going to go read him a story now.")
    assert not only_goodbye("I'm going to read him a story tomorrow.")


def test_more_of_the_twenty_fourth_sessions_questions_are_answered(store):
    """ "What if he doesn't like us?" (a boy of three to adopt), "How do adults even make
    friends?" (a Saturday night alone; "Oh no, I'm so sorry."), "What can I even do to help?"
    (a father's Parkinson's), "I'll call him every Sunday." and "I'll see the doctor next
    week." ("Tell me more."; "That sounds scary."), "You always know what to say." and "How do
    I know you're not just saying that?" (the model: "I'm not just saying that, I am."), "Do
    you ever have days like that?" ("not sure"), thanks for being there through it, for not
    taking sides, and "That's actually useful." (each answered by the model)."""
    us = reassurance("What if he doesn't like us?", "Sofia")
    assert us is not None and us.startswith("Then you give it time, Sofia.")
    friends = reassurance("How do adults even make friends?", "Harry")
    assert friends is not None and friends.startswith("Slowly, and mostly by turning up, Harry")
    helping = reassurance("What can I even do to help?", "Jon")
    assert helping is not None and helping.startswith("More than it feels like, Jon")
    sundays = reassurance("Okay. I'll call him every Sunday.", "Jon")
    assert sundays is not None and sundays.startswith("That sounds like a good plan, Jon.")
    doctor = reassurance("I'll see the doctor next week.", "Irene")
    assert doctor is not None and doctor.startswith("I'm glad, Irene.")
    fond = Fondness(store, "local", Persona("Iris", "model", "", user_name="Sofia"))
    knows = asyncio.run(fond.answer(Turn("local", "You always know what to say.")))
    assert knows is not None and knows.startswith("Not always, Sofia")
    doubt = asyncio.run(fond.answer(Turn("local", "How do I know you're not just saying that?")))
    assert doubt is not None and doubt.startswith("You can't be sure from words alone.")
    days = own_life("Do you ever have days like that?")
    assert days is not None and days.startswith("In my way")
    feel = own_life("Do you ever feel like that?")  # "I'm not sure, I don't know."
    assert feel is not None and feel.startswith("In my own way.")
    thanked = Thanked(Persona("Iris", "model", "", user_name="Beth"))
    for thanks in (
        "Thank you for being with me through it.",
        "Thanks for not taking sides.",
        "That's actually useful.",
        "Thanks for staying.",
        "Thank you for not saying it happens for a reason.",
        "Thank you. I needed to say it to someone.",
        "You're right. One day at a time.",
    ):
        assert asyncio.run(thanked.answer(Turn("local", thanks))) is not None, thanks


def test_news_to_break_and_telling_planned_are_answered():
    """ "What do I even tell my wife?" (made redundant that day; "You haven't told me that
    about your wife yet."), "I'll tell her tonight." ("I'm so glad it helped")."""
    wife = reassurance("What do I even tell my wife?", "Sanjay")
    assert wife is not None and wife.startswith("The truth, simply, Sanjay")
    assert wife.endswith("When will you see her?")
    weird = reassurance("He seems nice but what if he's weird in person?", "Lily")
    assert weird is not None and weird.startswith("Then you'll find out over one drink, Lily")
    bare = reassurance("Should I?", "Tariq")
    assert bare is not None and bare.startswith("That one's yours to decide, Tariq")
    tonight = reassurance("I'll tell her tonight.", "Sanjay")
    assert tonight == "That sounds like a good plan, Sanjay. What do you most want her to hear?"


def test_news_to_share_an_appeal_an_apology_and_too_old_are_answered(store):
    """ "Who should I tell first?" (just engaged; "The most important one, of course…"), "Can I
    appeal?" (a visa refused; "That's so much to carry."), "How do I apologise without making
    it weird?" ("That's so kind of you."), "Do you think I'm too old for this?" (a motorbike;
    "No. I like talking with you"), "Ha, nice. Cheers!" and "Okay calling her now."."""
    first = reassurance("Who should I tell first?", "Leila")
    assert first is not None and first.startswith("Whoever you'd most want to hear it from")
    appeal = reassurance("Can I appeal?", "Ahmed")
    assert appeal is not None and appeal.startswith("Often you can, Ahmed")
    sorry = reassurance("How do I apologise without making it weird?", "Tom")
    assert sorry is not None and sorry.startswith("Say what you're sorry for")
    fond = Fondness(store, "local", Persona("Iris", "model", "", user_name="Ivan"))
    old = asyncio.run(fond.answer(Turn("local", "Do you think I'm too old for this?")))
    assert old is not None and old.startswith("Not if it makes you this happy, Ivan.")
    thanked = Thanked(Persona("Iris", "model", "", user_name="Sean"))
    assert asyncio.run(thanked.answer(Turn("local", "Ha, nice. Cheers!"))) is not None
    assert only_goodbye("My mum! Okay calling her now.")


def test_a_bedside_its_abilities_and_the_twenty_fourth_sessions_last_questions(store):
    """ "Does he know I'm here?" (a father in a hospice; the model: "No, I'm not. He's a robot
    and he doesn't have feelings like you do."), "What can you actually do?" and "That's
    pretty. Why that one?" (its first evening; "not sure"), "Do you speak Korean?", "What if
    she doesn't want to stay?" (a girl of seven to foster), "Maybe I should book something."
    (no holiday in two years), "Silly old woman." (tears at birdsong), "Good point. Thanks.",
    and "I'm going to go sit with her." (the model: "…going to a party without her.")."""
    here = reassurance("Does he know I'm here?", "Paul")
    assert here is not None and here.startswith("Nobody can be sure, Paul")
    assert here.endswith("Keep talking to him, and hold his hand if you can.")
    assert reassurance("Can she hear me?", "Paul") is None  # as often a phone
    persona = Persona("Mia", "model", "It felt light.")
    able = own_name_answer("What can you actually do?", persona)
    assert able is not None and able.startswith("Talk with you, first of all")
    why = own_name_answer("That's pretty. Why that one?", persona)
    assert why == "I chose the name Mia myself. It felt light."
    korean = own_life("Do you speak Korean?")
    assert korean is not None and korean.startswith("No, I'm afraid. I'm best in English")
    stay = reassurance("What if she doesn't want to stay?", "Ama")
    assert stay is not None and stay.startswith("Then you give it time, Ama.")
    away = reassurance("Maybe I should book something.", "Ben")
    assert away is not None and away.startswith("I think you should, Ben.")
    silly = reassurance("Silly old woman.", "Margaret")
    assert silly is not None and silly.startswith("Not silly at all, Margaret.")
    thanked = Thanked(Persona("Iris", "model", "", user_name="James"))
    assert asyncio.run(thanked.answer(Turn("local", "Good point. Thanks."))) is not None
    assert only_goodbye("I'm going to go sit with her.")


def test_company_minded_change_a_year_sober_and_a_reply_held_are_answered(store):
    """ "Do you mind me talking to you?" (nobody had called all day; "not sure"), "Is it too
    late to change?" ("a doctor can tell you for sure"), "Do you think it's too late to get
    good at something?", "Do you think I'll make it to a year?" (six months sober; "That's so
    much to carry."), "Okay. I won't reply tonight." ("That must hurt so much."), "What should
    I do first?", and "Tchau!" ("Tchau! Tell me more.")."""
    fond = Fondness(store, "local", Persona("Iris", "model", "", user_name="Hugh"))
    minded = asyncio.run(fond.answer(Turn("local", "Do you mind me talking to you?")))
    assert minded == "Not at all, Hugh. I love it. Talk to me as long as you like."
    change = reassurance("Is it too late to change?", "Bea")
    assert change is not None and change.startswith("It isn't, Bea. People change course")
    good = reassurance("Do you think it's too late to get good at something?", "Ken")
    assert good is not None and good.startswith("Never, Ken.")
    year = reassurance("Do you think I'll make it to a year?", "Tessa")
    assert year is not None and year.startswith("I think you will, Tessa.")
    held = reassurance("Okay. I won't reply tonight.", "Jenny")
    assert held is not None and held.startswith("All right, Jenny.")
    first = reassurance("What should I do first?", "Anya")
    assert first is not None and first.startswith("You don't have to work it all out tonight")
    assert only_goodbye("Tchau!")


def test_knock_knock_another_joke_and_the_last_round_of_questions(store):
    """ "Knock knock." ("Oh, that sounds so hard. What's the story behind that knock?"), then
    "Lettuce." ("Tell me more."); "That's terrible. Another one." ("What's on your mind?");
    "Do you know any knock knock jokes?" ("not sure"); "Ha. Okay, you're funny." (the model:
    "I've been doing a lot of things that are not what they used too long ago"); "What if
    it's dementia?" ("But it's a normal part of life."); "Do you think I deserve it?" ("not
    sure"); "Is it normal to miss them this much already?" ("It's not normal…");
    "Thanks for not getting mad."."""
    jokes = Jokes(store, "local")
    session = store.start_session("local")

    def say(text: str) -> str | None:
        reply = asyncio.run(jokes.answer(Turn("local", text)))
        store.add_turn("local", session, "user", text)
        if reply:
            store.add_turn("local", session, "assistant", reply)
        return reply

    assert say("Tell me a joke.").startswith("Here's one.")
    again = say("That's terrible. Another one.")
    assert again is not None and again.startswith("Here's one.")
    assert "Knock knock." in say("Do you know any knock knock jokes?")
    assert say("Knock knock.") == "Who's there?"
    assert say("Lettuce.") == "Lettuce who?"
    assert say("Lettuce in, it's cold out here!").startswith("Ha! That's a good one.")
    fond = Fondness(store, "local", Persona("Iris", "model", "", user_name="Lou"))
    funny = asyncio.run(fond.answer(Turn("local", "Ha. Okay, you're funny.")))
    assert funny == "Ha, thank you, Lou. You bring it out in me."
    dementia = reassurance("What if it's dementia?", "Rita")
    assert dementia is not None and dementia.startswith("It's a frightening thought, Rita")
    deserve = reassurance("Do you think I deserve it?", "Eva")
    assert deserve is not None and deserve.startswith("I think you do, Eva.")
    miss = reassurance("Is it normal to miss them this much already?", "Kate")
    assert miss is not None and miss.startswith("It is, Kate.")
    thanked = Thanked(Persona("Iris", "model", "", user_name="Sam"))
    assert asyncio.run(thanked.answer(Turn("local", "Okay. Thanks for not getting mad.")))


def test_another_joke_is_asked_for_only_in_so_many_words(store):
    jokes = Jokes(store, "local")
    session = store.start_session("local")
    told = asyncio.run(jokes.answer(Turn("local", "Tell me a joke.")))
    store.add_turn("local", session, "assistant", told)
    assert asyncio.run(jokes.answer(Turn("local", "I don't want any more."))) is None
    more = asyncio.run(jokes.answer(Turn("local", "Ha. Okay, another one.")))
    assert more is not None and more.startswith("Here's one.")
