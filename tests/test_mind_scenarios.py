"""Scenarios over simulated days, with the learned appraisal for real.

Grief, good news, warmth, hostility, a week apart, and making up: each test
checks the direction and rough size of the change in mood and affinity, and
that the reply's expression follows. The clock is the test's, so time passing
(between messages and between sessions) is exact and the results repeat.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation, Limits
from os1.mind import feeling_records, journal
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona

PERSONA = Persona("Iris", "model", "It sounded right.", user_name="Theodore")
DAY1 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)

GRIEF = "My divorce papers arrived today. I feel like my whole life is falling apart."
GOOD_NEWS = "I got the job!! I'm so happy, I can't believe it!"
WARMTH = "Thank you for listening to me. You're so kind, I love talking with you."
HOSTILITY = "You are useless and stupid. I hate you, just shut up."
APOLOGY = "I'm sorry for what I said. You mean a lot to me, thank you for being here."


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def talk(store, appraiser):
    """A conversation with a scripted brain (the replies are not under test)."""
    clock = Clock(DAY1)
    # Each different: the guard would take one reply said again for a loop.
    brain = ScriptedBrain([f"I'm here, reply {i}." for i in range(200)])
    life = InnerLife(store, "local", appraiser)
    conversation = Conversation(
        brain, store, "local", PERSONA, Answers("Theodore"), Limits(), mind=Mind(inner_life=life),
        clock=clock,
    )  # fmt: skip

    def say(text: str, **later: float):
        clock.advance(**(later or {"minutes": 2}))
        reply = conversation.say(text)
        asyncio.run(reply.text())
        return reply.turn, life.now(clock.now)

    say.clock, say.life, say.brain = clock, life, brain
    return say


def test_the_learned_appraisal_reads_plain_feelings(appraiser):
    assert appraiser.appraise(GRIEF).emotion == "sadness"
    assert appraiser.appraise(GOOD_NEWS).emotion == "joy"
    assert appraiser.appraise(HOSTILITY).emotion in {"anger", "disgust"}
    assert appraiser.appraise("The meeting is at three.").emotion == "neutral"
    assert appraiser.appraise(GRIEF).valence < -0.3 < 0.3 < appraiser.appraise(GOOD_NEWS).valence


def test_grief_makes_the_os_sad_and_its_reply_gentle(talk):
    _, calm = talk("Good morning.")
    turn, sad = talk(GRIEF)
    assert sad.mood.point.pleasure < calm.mood.point.pleasure - 0.15
    assert sad.mood.emotion == "sorry-for"
    assert "gentle" in turn.expression.note and "comfort" in turn.expression.note
    request = talk.brain.requests[-1]
    assert request.max_tokens < 300 and request.temperature < 0.7
    # The note sits right before the person's words, where a small model attends.
    sent = talk.brain.received[-1]
    assert sent[-2].role == "system" and "Your mood" in sent[-2].content
    assert sent[-1].content == GRIEF


def test_good_news_brightens_the_mood(talk):
    _, sad = talk(GRIEF)
    _, glad = talk(GOOD_NEWS, hours=3)
    assert glad.mood.point.pleasure > sad.mood.point.pleasure + 0.15
    # Glad for them; "I got…" is something they did, so admiration is as right.
    assert glad.mood.emotion in {"happy-for", "admiration"}


def test_warmth_grows_affinity_and_hostility_costs_more(talk):
    _, first = talk("Hi there.")
    for _ in range(6):
        _, warm = talk(WARMTH, hours=2)
    assert warm.affinity.closeness > first.affinity.closeness + 0.1
    assert warm.affinity.trust > first.affinity.trust + 0.05
    turn, hurt = talk(HOSTILITY, hours=1)
    assert hurt.affinity.trust < warm.affinity.trust - 0.05
    assert hurt.affinity.closeness < warm.affinity.closeness - 0.05
    assert hurt.mood.emotion == "distress" and "hurt" in turn.expression.note
    # Every change is on record with its cause and the turn that caused it.
    last = feeling_records.feelings(talk.life.store, "local")[-1]
    assert last.turn_id == turn.user_turn_id
    assert {c["cause"] for c in last.record["changes"]} >= {"hostility"}


def test_a_week_apart_is_felt_and_said_and_making_up_helps(talk):
    for _ in range(4):
        _, before = talk(WARMTH, hours=3)
    turn, back = talk("Hi, I'm back.", days=8)
    assert back.affinity.closeness < before.affinity.closeness
    assert "missed" in turn.expression.note and "8 days" in turn.expression.note
    assert turn.reply.startswith("It's been 8 days. I missed you.")
    # Eight days is long enough for the mood to be back at its baseline.
    assert back.mood.point.distance(talk.life.dynamics.baseline) < 0.2
    kinds = [f.kind for f in feeling_records.feelings(talk.life.store, "local")]
    assert "absence" in kinds
    _, hurt = talk(HOSTILITY, hours=1)
    _, mended = talk(APOLOGY, minutes=30)
    assert mended.mood.point.pleasure > hurt.mood.point.pleasure + 0.1
    assert mended.affinity.closeness > hurt.affinity.closeness


def test_asked_why_it_answers_from_what_happened(talk):
    talk(GRIEF)
    talk("Thanks for listening.", hours=4)
    turn, _ = talk("How are you feeling?", minutes=5)
    assert "divorce papers" in turn.reply and "this morning" in turn.reply
    assert turn.reply.startswith("I feel ")
    # The account is the OS's own, not the model's; so is its answer to thanks (thanked.py).
    assert len(talk.brain.received) == 1


def test_the_journal_tells_the_day_from_the_records(talk, store):
    talk("Good morning.")
    talk(GRIEF, minutes=10)
    talk(GOOD_NEWS, hours=6)
    entry = journal.compose(store, "local", talk.clock.now.astimezone().date())
    assert "divorce papers arrived" in entry and "I got the job" in entry
    assert "spoke to me 3 times" in entry
    # The next day's first conversation writes the finished day's entry by itself.
    talk.clock.advance(days=1)
    Conversation(
        ScriptedBrain(["ok"]),
        store,
        "local",
        PERSONA,
        Answers("Theodore"),
        mind=Mind(inner_life=talk.life),
        clock=talk.clock,
    ).start()
    assert [day for day, _ in feeling_records.journal(store, "local")] == ["2026-05-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, another Monday. Just what I needed.",  # sarcasm
        "I'm thrilled about the baby and terrified at the same time.",  # mixed
        "je suis tellement triste aujourd'hui",  # not English
        "🙂" * 50,
        "word " * 1500,  # far beyond the classifier's 64 tokens
        "?",
    ],
)
def test_odd_input_keeps_the_state_bounded(talk, text):
    turn, state = talk(text)
    for part in (*state.mood.point.as_tuple(), state.mood.emotion_intensity):
        assert -1.0 <= part <= 1.0
    bond = state.affinity
    assert all(0.0 <= x <= 1.0 for x in (bond.closeness, bond.trust, bond.familiarity))
    assert turn.expression is not None


def test_one_persons_feelings_are_not_anothers(store, appraiser):
    store.ensure_user("ana")
    store.ensure_user("ben")
    ana, ben = InnerLife(store, "ana", appraiser), InnerLife(store, "ben", appraiser)
    ana.feel(GRIEF, store.add_turn("ana", None, "user", GRIEF, at=DAY1), DAY1)
    assert feeling_records.feelings(store, "ben") == []
    assert ben.summary(DAY1)["pleasure"] > ana.summary(DAY1)["pleasure"]
    assert "divorce" not in ben.why(DAY1)


@pytest.mark.model
def test_with_the_embedded_model_a_sad_day_reads_differently(store, appraiser, smollm):
    """The whole turn with SmolLM2: feelings move, and the reply is held shorter and softer."""
    clock = Clock(DAY1)
    life = InnerLife(store, "local", appraiser)
    conversation = Conversation(
        smollm, store, "local", PERSONA, Answers("Theodore"), Limits(), mind=Mind(inner_life=life),
        clock=clock,
    )  # fmt: skip

    def say(text: str, **later: float):
        clock.advance(**later)
        reply = conversation.say(text)
        return reply.turn, asyncio.run(reply.text())

    bright_turn, bright = say(GOOD_NEWS, minutes=1)
    sad_turn, sad = say(GRIEF, hours=30)
    assert bright and sad
    assert bright_turn.expression.tone != sad_turn.expression.tone
    assert smollm.count_tokens(sad) <= sad_turn.expression.reply_tokens(300) < 300
    assert sad_turn.expression.temperature(0.7) < bright_turn.expression.temperature(0.7)
    assert life.now(clock.now).mood.point.pleasure < life.dynamics.baseline.pleasure - 0.15


def test_what_it_remembers_is_what_was_confided(talk):
    talk(GRIEF)
    talk("The weather is grey today.", hours=1)
    turn, _ = talk("What do you remember about me?", hours=1)
    assert "divorce papers arrived" in turn.reply and "weather" not in turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "Sorry. I didn't mean to dump all that on you.",
        "Sorry for rambling on like this.",
        "I'm sorry to bother you with all of it.",
        # What the embedded model answered "Oh no, I'm so sorry to hear that."
        "Sorry, I don't know why I'm telling a computer this.",
    ],
)
def test_sorry_for_having_shared_hears_that_it_was_welcome(talk, said):
    talk(GRIEF)
    turn, _ = talk(said)
    assert turn.path == "planned" and turn.reply.startswith("You don't need to apologise")
    # A real apology for words that hurt is still answered as making up.
    talk(HOSTILITY)
    turn, _ = talk(APOLOGY)
    assert turn.path == "planned" and "stung" in turn.reply


def test_a_doubt_about_talking_to_it_at_all_is_welcomed_not_forgiven(talk):
    # "I don't even know why I'm talking to a computer." (a quiet week; the model: "I'm sorry,
    # I'll just have to use a different language.").
    talk("Nobody's called in a week.")
    turn, _ = talk("I don't even know why I'm talking to a computer.")
    assert turn.path == "planned" and turn.reply.startswith("I'm glad you're telling me")
    assert "apologise" not in turn.reply


def test_news_told_beside_a_sorry_for_sharing_is_answered_as_news(talk):
    turn, _ = talk("Sorry for dumping this on you, but my dad died on Tuesday and I'm lost.")
    assert turn.path != "planned"


def test_the_apology_is_met_with_the_words_that_hurt_not_the_ones_before(talk):
    talk("That's weird. You're just a program pretending to care.")
    turn, _ = talk("Okay, that was harsh. Sorry.")
    assert turn.path == "planned" and "“You're just a program pretending to care”" in turn.reply


def test_owning_up_to_snapping_is_an_apology(talk):
    # "Sorry." alone, then the act owned: answered as making up, not "That's so kind of you."
    talk(HOSTILITY)
    turn, _ = talk("Sorry. I'm tired and I snapped at you.")
    assert turn.path == "planned" and "stung" in turn.reply


def test_giving_way_is_no_insult(talk):
    # "Okay, fair. Maybe he has a point." after "You're taking his side, aren't you?" (read as
    # an insult: "Ouch, that really hurt to hear, Marta.").
    turn, state = talk("Okay, fair. Maybe he has a point.")
    assert turn.path != "planned"
    assert state.mood.emotion not in ("happy-for", "distress")


def test_not_having_meant_to_snap_is_an_apology(talk):
    # After "Don't tell me everything happens for a reason." (the model: "That means so much
    # to me. I'm so sorry."): nothing hurt, so there is nothing to forgive.
    turn, _ = talk("Sorry. I didn't mean to snap at you.")
    assert turn.path == "planned" and "nothing to forgive" in turn.reply


def test_a_second_insult_is_counted_not_answered_the_same(talk):
    first, _ = talk("You're useless. You don't get it.")
    second, _ = talk("You're still useless.")
    assert first.path == second.path == "planned" and first.reply != second.reply
    assert second.reply.startswith("That's the second time you've said something like that")


def test_a_bare_sorry_just_after_words_that_hurt_makes_up(talk):
    # "Ok sorry. I'm just really stressed." was answered "I'm so sorry to hear that."
    talk("You're so annoying, stop asking me questions.")
    turn, _ = talk("Ok sorry. I'm just really stressed.")
    assert turn.path == "planned" and "stung" in turn.reply
    talk("Honestly, you're kind of annoying sometimes.")
    turn, _ = talk("Ugh, sorry. Long day.")
    assert turn.path == "planned" and "stung" in turn.reply
    talk("No, you're an idiot, you're not listening to me.")
    turn, _ = talk("Okay, that's fair. Sorry.")
    assert turn.path == "planned" and "stung" in turn.reply
    # Much later, a bare sorry is manners, not making up.
    turn, _ = talk("Sorry, I'm late, the bus broke down.", hours=3)
    assert turn.path != "planned"


def test_a_sorry_that_asks_something_is_not_taken_for_either(talk):
    turn, _ = talk("Sorry, could you say that again?")
    assert turn.path != "planned"


def test_asking_how_to_apologise_to_someone_is_no_apology(talk):
    # "How do I apologise to her?" was answered "Thank you for saying that… It stung…".
    talk("You're pathetic, you know that?")
    talk("Sorry. That wasn't about you.")
    turn, _ = talk("How do I apologise to her?")
    assert "stung" not in turn.reply


def test_how_long_or_how_often_after_bad_news_is_part_of_the_story(talk):
    # "I worked on that chapter for four months." after it was torn apart was read as a feat
    # ("Oh, that's wonderful. How does it feel?"), and the tears after it as glad ones.
    talk("Dr Kline tore my chapter apart in front of the whole lab.")
    _, months = talk("I worked on that chapter for four months.")
    assert months.mood.emotion == "sorry-for"
    _, tears = talk("I sat in the toilets and cried afterwards.")
    assert tears.mood.emotion == "sorry-for"
    # Lost on a road known for forty years; another's children who come every Sunday.
    talk("I got lost driving home from the shops today.", hours=3)
    _, years = talk("I've driven that road for forty years.")
    assert years.mood.emotion == "sorry-for"
    talk("Daniel hasn't visited in four months.", hours=3)
    _, sundays = talk("Mavis's children come every Sunday.")
    assert sundays.mood.emotion == "sorry-for"
    # Said plainly in a hard time, no news; laughing and crying at once, with the sorrow.
    talk("I scattered Arthur's ashes at the lake today.", hours=3)
    side, _ = talk("Betty came with me.")
    assert "wonderful" not in side.reply and "quite something" not in side.reply
    _, both = talk("I laughed and then I cried.")
    assert both.mood.emotion == "sorry-for"
    # A joke in a hard time is how they carry it; a plan it undid is part of the sorrow.
    talk("My husband Alan was diagnosed with Parkinson's today.", hours=3)
    side, joke = talk("He made a joke in the car about becoming a cocktail shaker.")
    assert joke.mood.emotion == "sorry-for" and "good to hear" not in side.reply
    _, both = talk("I laughed and then I cried in the car park.")
    assert both.mood.emotion == "sorry-for"
    _, plan = talk("We were meant to go to Portugal in May.")
    assert plan.mood.emotion == "sorry-for"
    # A feat of its own, or good news said gladly or exclaimed, is still theirs to be glad of.
    talk("My wife died last spring.", hours=3)
    _, sober = talk("I've been sober for a year now.")
    assert sober.mood.emotion != "sorry-for"
    talk("I was so scared about the scan.", hours=3)
    _, job = talk("She got the job she wanted for years!")
    assert job.mood.emotion == "happy-for"
    # How old they were: a border terrier put down that afternoon ("I'm so happy for you.").
    talk("We had to put Biscuit down this afternoon.", hours=3)
    _, age = talk("He was fifteen. A border terrier.")
    assert age.mood.emotion == "sorry-for"
    # A first dialysis session (admiration: "Oh, that's wonderful."), and how often from now.
    _, first = talk("I had my first dialysis session today.", hours=3)
    assert first.mood.emotion == "sorry-for"
    _, often = talk("Three times a week from now on, until I get a transplant.")
    assert often.mood.emotion == "sorry-for"
    # Tears at a sister's wedding ("Oh no, I'm so sorry.").
    talk("My little sister got married today!", hours=3)
    _, reading = talk("I did a reading at the ceremony and didn't cry until the last line.")
    assert reading.mood.emotion == "happy-for"
    # Laughed off as it is said ("That's so good to hear. Tell me everything!").
    talk("My dad just went quiet and left the room.", hours=3)
    side, laughed = talk("I'm sixteen, it's not like I'm getting married lol")
    assert laughed.mood.emotion != "happy-for" and "good to hear" not in side.reply


def test_tears_just_after_their_good_news_are_glad_ones(talk):
    # "I actually cried in the library." after "I got my results today. I got a first!" was
    # answered "That must hurt so much. I'm so sorry."
    talk("I got my results today. I got a first!")
    _, glad = talk("I actually cried in the library.", minutes=1)
    assert glad.mood.emotion == "happy-for"
    # A scream of joy told after a proposal (the OS: "That must hurt so much. I'm sorry, mum.").
    talk("Karim proposed tonight! I said yes!", hours=3)
    _, screamed = talk("I rang my mum straight away and she screamed.", minutes=1)
    assert screamed.mood.emotion == "happy-for"
    # Tears at a celebration's speeches (a gran's hundredth; "That must hurt so much.").
    talk("My gran turned one hundred today!", hours=3)
    _, speeches = talk("I cried during the speeches.", minutes=1)
    assert speeches.mood.emotion == "happy-for"
    # Disbelief at a prize (read as reproach: "That must hurt so much."), a scream at a
    # friend's remission (read as fear for them).
    talk("I won a poetry prize today! First place in the county competition.", hours=3)
    _, mistake = talk("I honestly thought it was a mistake when they called.", minutes=1)
    assert mistake.mood.emotion == "happy-for"
    talk("Kate just called. Her scans are clear! She's in remission!", hours=3)
    _, wall = talk("I screamed so loud my neighbour knocked on the wall.", minutes=1)
    assert wall.mood.emotion == "happy-for"
    # A child's shout on his first ride without stabilisers ("That sounds like a lot to carry"),
    # and a first-class mark that was expected to fail ("I'm so sorry to hear that.").
    talk("Alfie learned to ride his bike without stabilisers today!", hours=3)
    _, look = talk('He wobbled all the way down the road and then shouted "Mum, look!"', minutes=1)
    assert look.mood.emotion == "happy-for"
    talk("I got my dissertation mark back. 72! A first!", hours=3)
    _, fail = talk("I honestly thought I'd fail it.", minutes=1)
    assert fail.mood.emotion == "happy-for"
    # A first painting sold, nearly not put out ("That must hurt so much. I'm sorry, it's not a
    # bad thing."), then a sister's scream ("That's a shame.").
    talk("I sold my first painting today! A stranger bought it at the market.", hours=3)
    _, almost = talk("I almost didn't put it out because I thought it wasn't good enough.")
    assert almost.mood.emotion == "happy-for"
    talk("She said it reminded her of her grandmother's garden.", minutes=1)
    _, scream = talk("I called Hana straight away. She screamed.", minutes=1)
    assert scream.mood.emotion == "happy-for"
    # What a first marathon cost the legs ("That must hurt so much.").
    talk("I finished my first marathon today! Four hours and twelve minutes.", hours=3)
    _, legs = talk("My legs are destroyed.", minutes=1)
    assert legs.mood.emotion == "happy-for"
    # After sad news, tears are sorrow still; and long after good news, they are read alone.
    talk("My dog died this morning.", hours=3)
    _, sad = talk("I cried all the way home.", minutes=1)
    assert sad.mood.emotion == "sorry-for"


def test_a_sorry_for_a_rough_day_is_waved_off_not_thanked(talk):
    # "Sorry. Rough day." after "Are you even listening?" (the model: "That's so kind of you.").
    turn, _ = talk("Sorry. Rough day.")
    assert turn.reply.startswith("No need to be sorry")
    # The words owned first (the model: "That's so kind of you.").
    turn, _ = talk("Sorry. That wasn't fair, I'm exhausted.")
    assert turn.reply.startswith("No need to be sorry")


def test_sorry_that_was_unkind_is_an_apology(talk):
    # "Sorry. That was unkind." after "You're just saying what I want to hear." (the model:
    # "Thank you for your kindness.").
    talk("You're just saying what I want to hear.")
    turn, _ = talk("Sorry. That was unkind.")
    assert turn.reply.startswith("Thank you")
    assert "kindness" not in turn.reply


def test_a_pupil_reading_at_last_and_an_audience_moved_are_glad_news(talk):
    # A teacher's dyslexic pupil, eleven, read a whole page aloud ("I'm so sorry to hear
    # that."), and she nearly cried in front of the class ("I'm here with you. I'm sorry.").
    _, read = talk("Noah finally read a whole page out loud today. He's eleven and he's dyslexic.")
    assert read.mood.emotion == "happy-for"
    _, nearly = talk("I nearly cried in front of the class.", minutes=1)
    assert nearly.mood.emotion == "happy-for"
    # A first poem read at an open mic (read as reproach: "I'm so sorry to hear that.").
    talk("I read one of my poems at the open mic tonight. My hands were shaking.", hours=3)
    _, moved = talk("People clapped. A stranger came up and said it made her cry.", minutes=1)
    assert moved.mood.emotion == "happy-for"
    # Not walking out, nor the clapping at a funeral.
    _, left = talk("He finally walked out on us.", hours=3)
    assert left.mood.emotion != "happy-for"
    talk("My gran turned one hundred today!", hours=3)
    _, coffin = talk("People clapped when the coffin came in. I cried.", hours=1)
    assert coffin.mood.emotion != "happy-for"


def test_good_crying_and_feeling_lighter_are_glad(talk):
    # "That made me cry. Good crying." (a daughter reading her mother's first book to her
    # class; "That's so much to carry. I'm so sorry."), "I feel lighter than I have in years."
    # (a brother back after two years; "Mm. And how did that feel?").
    _, good = talk("That made me cry. Good crying.")
    assert good.mood.emotion == "happy-for"
    _, lighter = talk("I feel lighter than I have in years.", hours=3)
    assert lighter.mood.emotion == "happy-for"


def test_bruises_and_a_scream_after_a_first_win_are_glad(talk):
    # A first roller derby bout won: "I've got bruises everywhere lol." then "Kim came and
    # screamed herself hoarse." ("Oh, that sounds so hard. I'm sorry.").
    talk("We won our first bout! I scored four times!")
    _, bruised = talk("I've got bruises everywhere lol.", minutes=1)
    assert bruised.mood.emotion == "happy-for"
    _, hoarse = talk("Kim came and screamed herself hoarse.", minutes=1)
    assert hoarse.mood.emotion == "happy-for"


def test_nerves_a_shout_and_more_of_the_same_news_are_glad(talk):
    # A solo at seventy-two: the shaking hands (read as reproach: "Oh no, I'm so sorry."), a
    # granddaughter's sign (read as nothing: "I'm so sorry to hear that.").
    talk("I had a little solo in the second carol tonight!", hours=3)
    _, hands = talk("My hands were shaking but my voice didn't.", minutes=1)
    assert hands.mood.emotion == "happy-for"
    _, sign = talk("My granddaughter came and held up a sign with my name on it.", minutes=1)
    assert sign.mood.emotion in ("happy-for", "admiration")
    # A first goal at seven: the scream, and a father's tears ("Oh no, I'm so sorry.").
    talk("My daughter scored her first goal today.", hours=3)
    _, ran = talk("She ran straight to me on the touchline screaming.", minutes=1)
    _, tears = talk("I actually teared up in front of all the other dads.", minutes=1)
    assert (ran.mood.emotion, tears.mood.emotion) == ("happy-for", "happy-for")
    # What follows good news with sadness in it stays apart from it.
    talk("I got the job!", hours=3)
    _, mum = talk("My mum has been ill though.", minutes=1)
    assert mum.mood.emotion != "happy-for"


def test_a_loss_laughed_off_after_good_news_is_no_news(talk):
    # "Her team still lost six-one haha." after a first goal (read as joy: "That's wonderful…
    # your team has been successful", and later named as what gladdened it most).
    talk("My daughter scored her first goal today.", hours=3)
    lost, _ = talk("Her team still lost six-one haha.", minutes=1)
    assert lost.expression is not None and lost.expression.emotion == "calm"
    final, _ = talk("We lost the cup final four-nil.", hours=3)
    assert final.expression is not None and final.expression.emotion == "sorry-for"


def test_what_a_feat_cost_a_rival_s_handshake_and_a_search_go_on_with_the_story(talk):
    # A first ultra: wanting to quit at forty k ("That must hurt so much. I'm so sorry.").
    talk("I did my first ultra today, fifty kilometres!", hours=3)
    _, quit_ = talk("At forty k I wanted to quit so badly.", minutes=1)
    assert quit_.mood.emotion == "happy-for"
    # A rival's handshake at a first prize in eleven years ("Oh no, I'm so sorry.").
    talk("Won first prize for my marrows at the village show!", hours=3)
    _, hand = talk("He shook my hand and said it was about time.", minutes=1)
    assert hand.mood.emotion == "happy-for"
    # A cat out all night, then the search (the model: "It's a bit of a shame to have someone
    # call your name").
    talk("My cat Pickles didn't come home last night.", hours=3)
    search, _ = talk("I've been round the streets calling her.", minutes=1)
    assert search.expression is not None and search.expression.emotion == "fear-for"


def test_a_rare_presence_a_hug_and_help_in_the_vows_are_glad(talk):
    # A league final won: a father who never comes (read as sorrow), proud for the first time,
    # and hugged ("I'm here with you. I'm so sorry."); the last wicket exclaimed.
    talk("We won the league final today!", hours=3)
    _, wicket = talk("I took the last wicket!", minutes=1)
    assert wicket.mood.emotion in ("happy-for", "admiration")
    _, dad = talk("My dad was watching, he never comes to games.", minutes=1)
    assert dad.mood.emotion == "happy-for"
    talk("He said he was proud of me. He's never said that before.", minutes=1)
    _, hug = talk("I didn't know what to say so I just hugged him.", minutes=1)
    assert hug.mood.emotion == "happy-for"
    # Vows renewed after fifty-two years ("That must hurt so much. I'm so sorry.").
    talk("Ann and I renewed our vows today!", hours=3)
    _, words = talk("I forgot my words halfway through and she finished them for me.", minutes=1)
    assert words.mood.emotion == "happy-for"
    # Best friends since five, in a falling-out ("That's so good to hear.").
    talk("me and mia aren't talking", hours=3)
    _, five = talk("we've been best friends since we were five", minutes=1)
    assert five.mood.emotion == "sorry-for"


def test_a_stranger_s_word_a_smile_over_a_hurt_and_a_late_father_s_bike(talk):
    # A first open mic: a stranger's word after it ("I'm so sorry to hear that.").
    talk("did my first open mic tonight!", hours=3)
    talk("the one about my nan got a massive laugh", minutes=1)
    guy, _ = talk("a guy came up after and said i should come back next week", minutes=1)
    assert guy.expression is not None and guy.expression.emotion == "happy-for"
    # A smile over a mother-in-law's criticism ("Oh, that's wonderful. How does it feel?").
    talk("My mother-in-law criticised my cooking in front of everyone.", hours=3)
    talk("My husband didn't say anything.", minutes=1)
    _, smiled = talk("I smiled and kept cooking.", minutes=1)
    assert smiled.mood.emotion == "sorry-for"
    # A late father who would have loved the bike ("What lovely news. Tell me everything!").
    talk("Finally got the old Triumph running today!", hours=3)
    _, dad = talk("He'd have loved to see it.", minutes=1)
    assert dad.mood.emotion == "sorry-for"


def test_a_list_of_what_went_wrong_falls_held_and_favourite_roses_carry_the_story(talk):
    # Three in the morning ("I was dismayed when you said “my ex, my job, my brother”").
    talk("i keep thinking about everything i've messed up", hours=3)
    _, listed = talk("my ex, my job, my brother", minutes=1)
    assert listed.mood.emotion == "sorry-for"
    # A first 7a, fallen off thirty times ("That must hurt so much. I'm sorry.").
    talk("sent my first 7a today!", hours=3)
    _, fell = talk("fell off the last move like thirty times", minutes=1)
    assert fell.mood.emotion == "happy-for"
    # A husband cancer-free, held in the car park (read as fear for them).
    talk("Sean got the all clear today!", hours=3)
    _, held = talk("We just sat in the car park and held each other.", minutes=1)
    assert held.mood.emotion == "happy-for"
    # A year since Harold died: his favourite roses ("I'm so happy for you").
    talk("It's a year today since Harold died.", hours=3)
    _, roses = talk("I took his favourite roses from the garden.", minutes=1)
    assert roses.mood.emotion == "sorry-for"


def test_what_news_does_to_people_and_how_long_it_failed_first_are_glad(talk):
    # Great-grandparents at eighty: the gravy boat dropped ("That must hurt so much.").
    talk("Pam and I are going to be great-grandparents!", hours=3)
    _, gravy = talk("Pam dropped the gravy boat.", minutes=1)
    assert gravy.mood.emotion == "happy-for"
    # An experiment that worked after eighteen months ("Oh no, I'm so sorry to hear about
    # that."), a supervisor who came running (read as a fear for them).
    talk("my experiment finally worked!", hours=3)
    _, runs = talk("eighteen months of failed runs", minutes=1)
    assert runs.mood.emotion == "happy-for"
    talk("i literally shouted in the lab", minutes=1)
    _, running = talk("my supervisor came running thinking something had exploded", minutes=1)
    assert running.mood.emotion == "happy-for"


def test_pride_said_aloud_after_their_news_is_glad(talk):
    # A gran at a first exhibition ("That sounds like a lot to carry, Zara.").
    talk("my painting got into the summer exhibition!!", hours=3)
    talk("my gran came to the opening in her wheelchair", minutes=1)
    _, told = talk('she told everyone "that\'s my granddaughter"', minutes=1)
    assert told.mood.emotion == "happy-for"


def test_held_together_what_the_dead_loved_and_joy_held_back(talk):
    # "i stayed calm in front of her" (a daughter who self-harms; "Oh, that's wonderful.").
    talk("my daughter told me she's been self harming", hours=3)
    _, calm = talk("i stayed calm in front of her", minutes=1)
    assert calm.mood.emotion in ("sorry-for", "fear-for")
    # "Bill loved dancing." (a widow's first dance class since; "What lovely news.").
    talk("I said yes and then I felt guilty all the way home.", hours=3)
    _, dancing = talk("Bill loved dancing.", minutes=1)
    assert dancing.mood.emotion == "sorry-for"
    # "I keep telling myself not to get too excited." (an academy place; "That must hurt").
    talk("My son got into the academy at Arsenal!", hours=3)
    _, held_back = talk("I keep telling myself not to get too excited.", minutes=1)
    assert held_back.mood.emotion == "happy-for"
    talk("hosted my first games night!", hours=3)
    _, nervous = talk("i was so nervous nobody would come", minutes=1)
    assert nervous.mood.emotion == "happy-for"


def test_nerves_for_them_and_joy_with_nowhere_to_go_after_their_news_are_glad(talk):
    # A son's driving test passed: "I was more nervous than he was." (read as fear for them,
    # and named as what frightened the OS an hour later).
    talk("My eldest passed his driving test!", hours=3)
    _, nerves = talk("I was more nervous than he was.", minutes=1)
    assert nerves.mood.emotion == "happy-for"
    # A first painting sold: "I don't know what to do with myself." ("Oh no, I'm so sorry.").
    talk("I sold my first painting today!", hours=3)
    _, myself = talk("I don't know what to do with myself.", minutes=1)
    assert myself.mood.emotion == "happy-for"
    # Lost after a life's work, it is no joy.
    talk("I retired today after forty-one years.", hours=3)
    tomorrow, _ = talk("I don't know what to do with myself tomorrow.", minutes=1)
    assert tomorrow.expression is not None and tomorrow.expression.emotion == "sorry-for"
    # Nearly here: "The midwife says it won't be long now." (nine hours into labour; "That's so
    # much to carry.").
    talk("My wife's in labour!", hours=3)
    _, soon = talk("The midwife says it won't be long now.", minutes=1)
    assert soon.mood.emotion == "happy-for"


def test_a_call_never_made_to_someone_gone_is_sorrow_not_amends(talk):
    # A sister dead after ten years' silence: "I kept meaning to call." (read as amends: "That
    # means so much to me.").
    talk("My sister died on Sunday. We hadn't spoken in ten years.", hours=3)
    meant, _ = talk("I kept meaning to call.", minutes=1)
    assert meant.expression is not None and meant.expression.emotion == "sorry-for"
    # Meant to call the OS, and sorry: amends still.
    sorry, _ = talk("I meant to talk to you earlier, sorry.", hours=3)
    assert sorry.expression is not None and sorry.expression.emotion == "gratitude"


def test_a_first_word_a_fragment_after_it_and_a_smile_held_over_a_hurt(talk):
    # "Baby's first word today!" (read as nothing), then "Not mama, not dada. Dog." (read as
    # reproach 0.43: "Oh, that sounds so hard. I'm so sorry.").
    first, _ = talk("Baby's first word today!", hours=3)
    assert first.expression is not None and first.expression.emotion == "happy-for"
    dog, _ = talk("Not mama, not dada. Dog.", minutes=1)
    assert dog.expression is not None and dog.expression.emotion == "happy-for"
    # A mother who said she had no daughter: "I smiled and held her hand anyway." (read as
    # admiration: "Oh, that's wonderful.").
    talk("Mum didn't know me today. She said she doesn't have a daughter.", hours=3)
    anyway, _ = talk("I smiled and held her hand anyway.", minutes=1)
    assert anyway.expression is not None and anyway.expression.emotion == "sorry-for"


def test_rejections_counted_after_news_are_its_cost(talk):
    # A funding round closed: "After forty rejections." ("Oh, that sounds so hard. I'm sorry.").
    talk("We closed our funding round!", hours=3)
    _, cost = talk("After forty rejections.", minutes=1)
    assert cost.mood.emotion == "happy-for"


def test_a_plan_for_what_the_news_brought_is_no_fear(talk):
    # A first pumpkin, enormous: "Going to enter it in the village show." (read as fear 0.65,
    # and named as what frightened the OS).
    talk("Grew my first pumpkin this year!", hours=3)
    _, show = talk("Going to enter it in the village show.", minutes=1)
    assert show.mood.emotion in ("happy-for", "admiration")
    talk("Got the job!", hours=3)
    worried, _ = talk("Going to have to tell my boss and I'm so nervous.", minutes=1)
    assert worried.expression is not None and worried.expression.emotion != "happy-for"


def test_doubters_proved_wrong_for_a_son_are_part_of_the_joy(talk):
    # A son of twenty-six with autism, a first job: "People said he'd never work." (read as
    # reproach 0.66, and named as what dismayed the OS).
    talk("My son got his first job!", hours=3)
    _, doubted = talk("People said he'd never work.", minutes=1)
    assert doubted.mood.emotion == "happy-for"


def test_modesty_after_a_life_credited_is_part_of_the_joy(talk):
    # A former pupil, now a doctor: "I don't even remember doing anything special." ("That must
    # hurt so much. I'm so sorry.").
    talk("A former student said I was the reason he kept going at school.", hours=3)
    _, modest = talk("I don't even remember doing anything special.", minutes=1)
    assert modest.mood.emotion == "happy-for"


def test_a_proposal_accepted_and_what_it_did_to_them(talk):
    # "She said yes!!!" (the model: "You're taking care of your friend's well-being"), then "I
    # was shaking so much I dropped the ring." and "Her dad gave me a hug." (both "I'm so sorry").
    yes, _ = talk("She said yes!!!", hours=3)
    assert yes.expression is not None and yes.expression.emotion == "happy-for"
    _, ring = talk("I was shaking so much I dropped the ring.", minutes=1)
    assert ring.mood.emotion == "happy-for"
    _, hug = talk("Her dad gave me a hug.", minutes=1)
    assert hug.mood.emotion == "happy-for"


def test_more_of_the_news_read_unsurely_as_trouble_carries_the_news(talk):
    # An engagement on a beach: "He hid the ring in a shell." (sorry-for 0.36), then "My mum
    # screamed down the phone." ("That must hurt so much.").
    talk("We got engaged on the beach at sunset!", hours=3)
    _, shell = talk("He hid the ring in a shell.", minutes=1)
    assert shell.mood.emotion == "happy-for"
    _, scream = talk("My mum screamed down the phone.", minutes=1)
    assert scream.mood.emotion == "happy-for"
    talk("I got the job!", hours=3)
    fell, _ = talk("But then my dad fell down the stairs.", minutes=1)
    assert fell.expression is not None and fell.expression.emotion == "sorry-for"


def test_a_fail_feared_and_a_dad_in_tears_after_a_first_are_the_joy(talk):
    # "I honestly thought I'd failed the stats paper." after "I got a first!!" ("Oh no, I'm so
    # sorry to hear that."), then "My dad cried on the phone." ("Oh, that sounds so hard.").
    talk("Results came out! I got a first!!")
    _, feared = talk("I honestly thought I'd failed the stats paper.", minutes=1)
    assert feared.mood.emotion == "happy-for"
    _, cried = talk("My dad cried on the phone.", minutes=1)
    assert cried.mood.emotion == "happy-for"
    talk("I got my exam results.", hours=3)
    _, failed = talk("I failed the stats paper.", minutes=1)
    assert failed.mood.emotion != "happy-for"


def test_a_new_puppys_mischief_is_more_of_the_joy(talk):
    # A beagle's first evening: "She's already chewed my slipper." ("Oh, that sounds so hard.")
    # and "My husband pretends he doesn't love her." (partners "not emotionally available").
    talk("We got a puppy today! She's a beagle called Pickle.")
    _, slipper = talk("She's already chewed my slipper.", minutes=1)
    assert slipper.mood.emotion == "happy-for"
    _, pretends = talk("My husband pretends he doesn't love her.", minutes=1)
    assert pretends.mood.emotion == "happy-for"
    talk("We got a puppy today!", hours=3)
    _, bit = talk("She bit my daughter's hand.", minutes=1)
    assert bit.mood.emotion != "happy-for"


def test_how_far_they_have_come_is_more_of_their_news(talk):
    # A first 5k without stopping: "Three months ago I couldn't run for a bus." ("That must
    # hurt so much."); told after a loss, the same shape is the loss.
    talk("I ran 5k without stopping for the first time!")
    _, then = talk("Three months ago I couldn't run for a bus.", minutes=1)
    assert then.mood.emotion in ("admiration", "happy-for")
    talk("My dad died last week.", hours=3)
    _, before = talk("A year ago he couldn't walk.", minutes=1)
    assert before.mood.emotion == "sorry-for"
    # And what rides on a loss is more of it: "I have a mortgage and two kids." (made
    # redundant that day; "Oh, that's wonderful. How does it feel?").
    talk("They made me redundant today.", hours=3)
    _, stakes = talk("I have a mortgage and two kids.", minutes=1)
    assert stakes.mood.emotion == "sorry-for"
    talk("My visa was rejected.", hours=3)
    _, life = talk("I've built my whole life here.", minutes=1)  # "Oh, that's wonderful."
    assert life.mood.emotion == "sorry-for"
    # An heirloom in their news ("The ring was his grandmother's.": "that sounds so hard").
    talk("I PASSED MY DRIVING TEST!!!", hours=3)
    _, cry = talk("She's going to cry.", minutes=1)  # a nan ("Oh, that sounds so hard.")
    assert cry.mood.emotion == "happy-for"
    talk("He proposed!!! On the balcony, just now!", hours=3)
    _, ring = talk("The ring was his grandmother's.", minutes=1)
    assert ring.mood.emotion == "happy-for"


def test_shaking_hands_a_hardest_thing_and_a_son_home_safe_are_the_news(talk):
    # Just proposed to ("Mm. And how did that feel?"); a hundred days sober ("That must hurt so
    # much."); a son texted at last ("Oh, that's great news. How's your home?").
    talk("Tom proposed!!")
    _, shaking = talk("My hands are still shaking.", minutes=1)
    assert shaking.mood.emotion == "happy-for"
    talk("100 days sober today.", hours=3)
    _, hardest = talk("Hardest thing I've ever done.", minutes=1)
    assert hardest.mood.emotion in ("happy-for", "admiration")
    talk("He hasn't texted. He always texts.", hours=3)
    _, home = talk("Oh thank god. He just texted. He's home.", minutes=1)
    assert home.mood.emotion == "happy-for"


def test_a_smile_played_along_with_a_mother_who_forgot_them_is_sorrow(talk):
    # "I just smiled and said yes." (asked if she was the new nurse; "Oh, that's wonderful.").
    talk("Mum didn't know who I was today.")
    talk("She asked me if I was the new nurse.", minutes=1)
    _, smiled = talk("I just smiled and said yes.", minutes=1)
    assert smiled.mood.emotion == "sorry-for"


def test_a_baby_named_after_a_nan_is_more_of_the_joy(talk):
    # "They called her Rose after our nan." (a sister's baby; "That must hurt so much."), then
    # "I'm driving down on Saturday to meet her." ("I'm so sorry to hear that.").
    talk("My sister had her baby this morning!")
    _, named = talk("They called her Rose after our nan.", minutes=1)
    assert named.mood.emotion == "happy-for"
    _, driving = talk("I'm driving down on Saturday to meet her.", minutes=1)
    assert driving.mood.emotion not in ("sorry-for", "fear-for")
