"""The OCC step: which emotion the OS feels at what the person says, and how strongly.

The appraisals are given by hand here, so each test is about the rule, not the
classifier (tests/test_mood_probes.py runs the learned one on whole messages).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from os1.mind.act_appraisal import KINDS as ACT_KINDS
from os1.mind.act_appraisal import ActReading
from os1.mind.acts_read import ACT_SURE
from os1.mind.affect import OS_EMOTIONS
from os1.mind.appraisal import Appraisal
from os1.mind.diagnosis import diagnosis_told
from os1.mind.emotion_model import EKMAN, GROUPS
from os1.mind.event_appraisal import KINDS, NOTHING, EventReading
from os1.mind.event_weighing import EVENT_OVER_WORDS, EVENT_SURE, NOTHING_SURE, SIGN_SURE
from os1.mind.grievance import grievance_told
from os1.mind.milestones import first_told
from os1.mind.mood import MoodDynamics
from os1.mind.reactions import CONFIDENT, Reaction, react

T0 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)


def reading(emotion: str = "neutral", p: float = 0.9, group: str | None = None) -> Appraisal:
    """An appraisal sure of one Ekman label (and of its sentiment group)."""
    group = group or {"joy": "positive", "neutral": "neutral", "surprise": "ambiguous"}.get(
        emotion, "negative"
    )
    ekman = dict.fromkeys(EKMAN, 0.02) | {emotion: p}
    groups = dict.fromkeys(GROUPS, 0.02) | {group: p}
    return Appraisal(ekman, groups, (emotion,), (group,))


def felt(reaction: Reaction) -> tuple[float, float, float]:
    """How the resting mood moves, dimension by dimension, when the OS feels it."""
    dynamics = MoodDynamics()
    rest = dynamics.start(T0)
    after = dynamics.feel(rest, reaction.emotion, reaction.intensity, T0)
    moved = zip(after.point.as_tuple(), rest.point.as_tuple(), strict=True)
    return tuple(a - b for a, b in moved)  # type: ignore[return-value]


def test_their_fear_alarms_the_os_rather_than_saddening_it():
    scared = react(reading("fear"), "Someone is at my window and I'm so scared", 0.3)
    assert scared.emotion == "fear-for" and not scared.about_os
    pleasure, arousal, _ = felt(scared)
    assert arousal > 0.05 and pleasure < -0.05


def test_grief_quiets_the_os():
    grief = react(reading("sadness"), "My grandmother died on Sunday", 0.3)
    assert grief.emotion == "sorry-for"
    pleasure, arousal, _ = felt(grief)
    assert pleasure < -0.05 and arousal < -0.01


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("The results came out and it's good news!", "happy-for"),
        ("I finally finished the quilt for my niece", "admiration"),
        ("We won the pub quiz tonight", "admiration"),
        ("I loved the concert", "happy-for"),  # an experience, not an act of theirs
        ("Thank you for staying up with me", "gratitude"),
        ("Thanks for listening.", "gratitude"),
        ("You're lovely to talk to", "gratitude"),
        ("You did a brilliant job with that letter", "pride"),
    ],
)
def test_gladness_is_for_them_of_them_or_at_them(text, emotion):
    glad = react(reading("joy"), text, 0.3)
    assert glad.emotion == emotion
    assert felt(glad)[0] > 0.05


def test_anger_at_what_someone_did_is_reproach_and_at_the_os_is_distress():
    told = react(reading("anger"), "My neighbour poisoned the stray cats", 0.3)
    assert told.emotion == "reproach" and told.hostility == 0
    disgusted = react(reading("disgust"), "He laughed while the kid cried", 0.3)
    assert disgusted.emotion == "reproach"
    at_os = react(reading("anger"), "You are a useless heap of junk", 0.3)
    assert at_os.emotion == "distress" and at_os.hostility > 0.5
    for reaction in (told, at_os):
        assert felt(reaction)[0] < -0.05


def test_anger_inside_an_apology_is_not_hostility_to_the_os():
    angry_amends = reading("sadness", 0.7)
    angry_amends.ekman["anger"] = 0.45
    text = "Sorry for yelling at you, I was angry at my boss, not you."
    assert react(angry_amends, text, 0.3).hostility == 0
    assert react(angry_amends, "I was angry at you, not my boss.", 0.3).hostility == 0.45


def test_an_apology_softens_but_sorry_news_is_still_sad():
    amends = react(reading("sadness"), "I'm sorry I snapped at you, I didn't mean it", 0.3)
    assert amends.emotion == "gratitude" and felt(amends)[0] > 0.05
    for text in (
        "I'm sorry for what I said last night",
        "Forgive me, that was cruel of me",
        "Sorry for being so rude before.",
        "Sorry for yelling at you, I was angry at my boss",
        "My apologies, I was out of line",
    ):
        assert react(reading("sadness"), text, 0.3).emotion == "gratitude"
    for text in (
        "I'm sorry to tell you my dog died",
        "I'm sorry to bother you, but my dad is in hospital",
        "I'm so sorry, I can't stop crying, mum died this morning",
    ):
        assert react(reading("sadness"), text, 0.3).emotion == "sorry-for"
    # A polite "sorry" before a request is neither amends nor news.
    polite = react(reading("surprise"), "Sorry, could you say that again?", 0.3)
    assert polite.emotion == "calm"


def test_love_told_to_the_os_warms_it_though_the_longing_reads_as_sadness():
    # "I think I'm falling for you" read sadness 0.58, and the OS answered "I'm so sorry".
    for text in (
        "I think I'm falling for you.",
        "I miss you when I'm at work.",
        "I really like you, you know.",
        "I've got feelings for you and it scares me a bit.",
    ):
        assert react(reading("sadness"), text, 0.3).emotion == "gratitude", text
    for text in (
        "I don't love you anymore.",
        "I used to miss you when I was away.",
        "I feel like you never listen.",
        "I'd like you to remind me at six.",
    ):
        assert react(reading("sadness"), text, 0.3).emotion != "gratitude", text


def test_nothing_moves_on_an_unsure_reading():
    for emotion in ("joy", "anger", "fear", "sadness"):
        unsure = react(reading(emotion, CONFIDENT - 0.05), "My brother rang about it", 0.9)
        assert unsure.emotion == "calm" and unsure.intensity == 0 and unsure.warmth == 0
        assert felt(unsure) == (0.0, 0.0, 0.0)
        sure = react(reading(emotion, CONFIDENT + 0.05), "My brother rang about it", 0.9)
        assert sure.emotion != "calm" and sure.intensity > 0


def test_surprise_alone_is_curiosity_and_moves_nothing():
    curious = react(reading("surprise"), "What time does the bakery open?", 0.5)
    assert curious.emotion == "calm" and curious.intensity == 0


def test_the_intensity_follows_the_models_probability():
    texts = ("My son got his first job!", "My father has had a fall", "I'm frightened")
    for text, emotion in zip(texts, ("joy", "sadness", "fear"), strict=True):
        sure = react(reading(emotion, 0.95), text, 0.3)
        half = react(reading(emotion, 0.5), text, 0.3)
        assert sure.emotion == half.emotion
        assert sure.intensity > half.intensity * 1.5
        assert sure.confidence > half.confidence


@pytest.mark.parametrize(
    ("emotion", "text"),
    [
        ("joy", "My sister is getting married!"),
        ("sadness", "My sister's husband has died"),
        ("fear", "I'm scared of the scan tomorrow"),
        ("anger", "Someone keyed my car"),
        ("joy", "Thank you, truly"),
        ("anger", "You ruined everything"),
    ],
)
def test_a_close_friends_words_move_it_more_than_a_strangers(emotion, text):
    stranger = react(reading(emotion), text, closeness=0.0)
    friend = react(reading(emotion), text, closeness=0.9)
    assert stranger.emotion == friend.emotion
    assert friend.intensity > stranger.intensity * 1.3
    assert max(map(abs, felt(friend))) > max(map(abs, felt(stranger)))


def test_a_reaction_made_without_a_confidence_still_reads():
    # Other code builds reactions by hand; the confidence field is optional.
    made = Reaction("gratitude", 0.9, warmth=0.9, hostility=0.0, disclosure=0.0, about_os=True)
    assert made.confidence == 1.0 and made.pad == OS_EMOTIONS["gratitude"]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    ekman=st.lists(st.floats(0.0, 1.0), min_size=len(EKMAN), max_size=len(EKMAN)),
    groups=st.lists(st.floats(0.0, 1.0), min_size=len(GROUPS), max_size=len(GROUPS)),
    text=st.sampled_from(["I did it", "you idiot", "I'm sorry", "my cat", "thanks", ""]),
    closeness=st.floats(0.0, 1.0),
)
def test_every_reaction_is_a_known_emotion_in_bounds(ekman, groups, text, closeness):
    appraisal = Appraisal(
        dict(zip(EKMAN, ekman, strict=True)), dict(zip(GROUPS, groups, strict=True)), (), ()
    )
    reaction = react(appraisal, text, closeness)
    assert reaction.emotion == "calm" or reaction.emotion in OS_EMOTIONS
    for part in (reaction.intensity, reaction.warmth, reaction.hostility, reaction.disclosure):
        assert 0.0 <= part <= 1.0
    assert (reaction.emotion == "calm") == (reaction.intensity == 0.0)


# The event told (event_appraisal.py) against the words: each appraisal here is given
# by hand, the event reading too, so the test is about how the two combine.


def told(words: Appraisal, kind: str, p: float) -> Appraisal:
    """The words' appraisal with an event reading sure of `kind` at `p`: the rest is
    nothing much, so that it is as sure of the event's sign (or of nothing much, the
    rest spread over the other kinds)."""
    if kind == NOTHING:
        event = EventReading(dict.fromkeys(KINDS, (1.0 - p) / (len(KINDS) - 1)) | {kind: p})
    else:
        event = EventReading(dict.fromkeys(KINDS, 0.0) | {NOTHING: 1.0 - p, kind: p})
    return Appraisal(words.ekman, words.groups, words.labels, words.sentiment, event)


def test_an_event_told_without_feeling_words_decides_with_its_own_probability():
    grief = react(told(reading("neutral", 0.8), "sorry-for", 0.9), "The funeral was today.", 0.3)
    assert grief.emotion == "sorry-for" and grief.confidence == 0.9
    pleasure, arousal, _ = felt(grief)
    assert pleasure < -0.05 and arousal < -0.01
    confused = told(reading("surprise", 0.8), "happy-for", 0.7)
    assert react(confused, "The scan was clear.", 0.3).emotion == "happy-for"


def test_a_sure_danger_outweighs_words_read_less_surely_as_sadness():
    lost = react(told(reading("sadness", 0.6), "fear-for", 0.85), "My son is lost.", 0.3)
    assert lost.emotion == "fear-for" and lost.confidence == 0.85
    pleasure, arousal, _ = felt(lost)
    assert arousal > 0.05 and pleasure < -0.05


def test_words_sure_it_is_bad_but_not_which_bad_yield_the_kind_to_a_surer_event():
    """The words' confidence in a kind is their label's probability: upset 0.9 read as
    sadness 0.45 is sure it is bad, not sure it is a loss rather than a danger."""
    upset = reading("sadness", 0.45, group="negative")
    upset.groups["negative"] = 0.9
    said = "The scan showed a shadow and they want me back in."
    scared = react(told(upset, "fear-for", 0.8), said, 0.3)
    assert scared.emotion == "fear-for" and scared.confidence == 0.8
    pleasure, arousal, _ = felt(scared)
    assert arousal > 0.05 and pleasure < -0.05
    # A sure danger alarms even against words sure of sadness (the distress of someone
    # waiting for an ambulance reads as sadness); words sure of fear keep it against a loss,
    sad = react(told(reading("sadness", 0.9), "fear-for", 0.8), said, 0.3)
    assert sad.emotion == "fear-for"
    afraid = react(told(reading("fear", 0.9), "sorry-for", 0.8), said, 0.3)
    assert afraid.emotion == "fear-for"
    # Clear words are turned the other way only by an event read surer than EVENT_OVER_WORDS:
    # the words' joy at cruelty is often the laughter of the cruel.
    glad = react(told(reading("joy", 0.6), "sorry-for", 0.85), "My letter made him cry.", 0.3)
    assert glad.emotion == "happy-for"
    assert 0.85 < EVENT_OVER_WORDS <= 0.95
    said = "A man kicked a pigeon across the platform and laughed."
    cruel = react(told(reading("joy", 0.8), "reproach", 0.95), said, 0.3)
    assert cruel.emotion == "reproach" and cruel.confidence == 0.95
    assert felt(cruel)[0] < -0.05


def test_a_long_day_is_no_feat_whatever_the_event_reading_makes_of_it():
    # "I had a long day at work." read as neutral 0.76 and, as an event, admiration 0.83.
    weary = react(told(reading("neutral", 0.76), "admiration", 0.83), "I had a long day.", 0.3)
    assert weary.emotion == "calm"
    feat = react(told(reading("neutral", 0.76), "admiration", 0.83), "I ran a marathon.", 0.3)
    assert feat.emotion == "admiration"


def test_anger_where_nobody_did_anything_is_a_dislike_not_reproach():
    hate = reading("anger", 0.91)
    assert react(told(hate, NOTHING, 0.98), "I hate Mondays.", 0.3).emotion == "calm"
    said = "My boss yelled at me again today."
    assert react(told(hate, "reproach", 0.6), said, 0.3).emotion == "reproach"
    # Unsure that nothing happened, the words' reproach stands.
    assert react(told(hate, NOTHING, 0.6), said, 0.3).emotion == "reproach"


@pytest.mark.parametrize(
    "said", ["Tell me something that makes you happy.", "Can you play me a happy song?"]
)
def test_the_gladness_a_request_names_is_what_it_asks_for(said: str):
    # Read joy 0.86, and as an event happy-for 0.74: taken for thanks, then for good news.
    asked = react(told(reading("joy", 0.86), "happy-for", 0.74), said, 0.3)
    assert asked.emotion == "calm" and asked.warmth == 0.0
    thanked = react(reading("joy", 0.9), "Thank you, tell me more!", 0.3)
    assert thanked.emotion == "gratitude"
    # Told, not asked for, the same gladness is theirs.
    glad = react(told(reading("joy", 0.86), "happy-for", 0.74), "My song made them happy.", 0.3)
    assert glad.emotion == "happy-for"


def test_clear_words_still_count_against_a_less_sure_event():
    sad = react(told(reading("sadness", 0.9), "reproach", 0.7), "They beat him up.", 0.3)
    assert sad.emotion == "sorry-for" and sad.confidence == 0.9


def test_an_unsure_event_changes_nothing():
    muddled = reading("neutral", 0.6)
    plain = react(muddled, "I went to the shops.", 0.3)
    # Unsure which kind and unsure of the sign: bad 0.45, glad 0.35, nothing much 0.2.
    spread = dict.fromkeys(KINDS, 0.1) | {"reproach": 0.25, "happy-for": 0.25, NOTHING: 0.2}
    assert max(0.45, 0.35, 0.2) < EVENT_SURE
    unsure = Appraisal(
        muddled.ekman, muddled.groups, muddled.labels, muddled.sentiment, EventReading(spread)
    )
    assert sum(spread.values()) == pytest.approx(1.0)
    assert react(unsure, "I went to the shops.", 0.3) == plain


def test_acts_toward_the_os_keep_the_grammar_reading():
    thanks = told(reading("joy", 0.95), "sorry-for", 0.8)
    assert react(thanks, "Thanks for reminding me about the card.", 0.3).emotion == "gratitude"
    insult = told(reading("anger", 0.95), "reproach", 0.97)
    assert react(insult, "You're a useless heap of code.", 0.3).emotion == "distress"
    amends = told(reading("sadness", 0.9), "reproach", 0.9)
    assert react(amends, "I'm sorry I snapped at you.", 0.3).emotion == "gratitude"


def test_nothing_much_quiets_only_unsure_words_and_only_when_surer():
    shirt = told(reading("neutral", 0.6), "nothing", NOTHING_SURE + 0.1)
    assert react(shirt, "I'll wear the green jumper.", 0.3).emotion == "calm"
    weak = told(reading("neutral", 0.6), "nothing", NOTHING_SURE - 0.1)
    assert react(weak, "I'll wear the green jumper.", 0.3) == react(
        reading("neutral", 0.6), "I'll wear the green jumper.", 0.3
    )
    sad = react(told(reading("sadness", 0.95), "nothing", 0.95), "I feel so low today.", 0.3)
    assert sad.emotion == "sorry-for"


@pytest.mark.parametrize("said", ["Sorry, I didn't catch that.", "Sorry, what?", "Pardon?"])
def test_the_sorrow_read_in_a_polite_sorry_moves_nothing(said: str):
    manners = react(told(reading("sadness", 0.94), "nothing", 0.6), said, 0.5)
    assert manners.emotion == "calm" and manners.intensity == 0.0 and manners.warmth == 0.0
    assert felt(manners) == (0.0, 0.0, 0.0)


def test_an_event_told_flatly_about_oneself_is_a_disclosure():
    flat = reading("neutral", 0.9)
    assert react(flat, "My dad's funeral was today.", 0.3).disclosure < 0.1
    assert react(told(flat, "sorry-for", 0.9), "My dad's funeral was today.", 0.3).disclosure == 0.9
    assert react(told(flat, "nothing", 0.9), "My dad's car is blue.", 0.3).disclosure < 0.1
    # Someone in their life's news, told without an "I", is confided too; words to the
    # OS itself are not.
    papers = "Catherine sent over the divorce papers this morning."
    assert react(told(flat, "sorry-for", 0.9), papers, 0.3).disclosure == 0.9
    assert react(told(flat, "nothing", 0.9), "Catherine has a blue car.", 0.3).disclosure < 0.1
    assert react(told(flat, "sorry-for", 0.9), "You forgot it again.", 0.3).disclosure == 0.0


def test_an_evening_s_lines_land_as_the_person_meant_them(appraiser):
    """Seen with the embedded model: the event reading took an insult for admiration and
    glad news ("made him cry, in a good way") for a loss, and missed the divorce papers."""
    said = {
        "You're just a program though, you don't really get it.": "distress",
        "Actually, something good happened too: my letter for Paul's birthday made him cry,"
        " in a good way.": "happy-for",
        "Catherine sent over the divorce papers this morning.": "sorry-for",
    }
    for text, emotion in said.items():
        assert react(appraiser.appraise(text), text, 0.1).emotion == emotion, text


def test_anger_at_the_os_is_hostility_whatever_glad_words_come_with_it():
    # Read so by the learned appraiser: joy 0.93 (the agreeing) and anger 0.61.
    mixed = reading("joy", 0.93)
    mixed = Appraisal(mixed.ekman | {"anger": 0.61}, mixed.groups, mixed.labels, mixed.sentiment)
    said = react(mixed, "You always just agree with me. It's annoying.", 0.3)
    assert said.emotion == "distress" and said.hostility > 0.5
    # Thanks stays thanks, and joy with a trace of anger is still glad.
    assert react(mixed, "Thank you, you annoying genius.", 0.3).emotion == "gratitude"
    faint = Appraisal(mixed.ekman | {"anger": 0.2}, mixed.groups, mixed.labels, mixed.sentiment)
    assert react(faint, "You always cheer me up.", 0.3).emotion == "gratitude"


# The act toward the OS (act_appraisal.py) against the words: given by hand, as above.


def acted(words: Appraisal, kind: str, p: float, event: EventReading | None = None) -> Appraisal:
    """The words' appraisal with an act reading sure of `kind` at `p`, the rest spread."""
    rest = (1.0 - p) / (len(ACT_KINDS) - 1)
    act = ActReading(dict.fromkeys(ACT_KINDS, rest) | {kind: p})
    return Appraisal(words.ekman, words.groups, words.labels, words.sentiment, event, act)


def test_a_sure_insult_is_hostility_whatever_the_words_read():
    # "You're a joke" read as joy 0.92 by the words.
    joke = react(acted(reading("joy", 0.92), "insult", 0.8), "You're a joke.", 0.3)
    assert joke.emotion == "distress" and joke.confidence == 0.8
    assert joke.hostility >= 0.8 and joke.warmth == 0.0
    pleasure, _, _ = felt(joke)
    assert pleasure < -0.02


def test_sure_thanks_praise_and_amends_warm_the_os_whatever_the_words_read():
    owed = acted(reading("anger", 0.6), "thanks", 0.75)
    thanks = react(owed, "I owe you one for spotting that.", 0.3)
    assert thanks.emotion == "gratitude" and thanks.hostility == 0.0 and thanks.warmth >= 0.75
    assert felt(thanks)[0] > 0.02
    praised = react(acted(reading("neutral", 0.8), "praise", 0.9), "Good call.", 0.3)
    assert praised.emotion == "pride" and praised.about_os
    # Amends read as anger by the words, and as reproach by the event reading.
    sorry = acted(reading("anger", 0.81), "amends", 0.7, told(reading(), "reproach", 0.9).event)
    made_up = react(sorry, "I shouldn't have spoken to you like that.", 0.3)
    assert made_up.emotion == "gratitude" and made_up.hostility == 0.0


def test_praise_is_never_read_in_words_that_tell_only_of_the_speaker():
    # "I keep thinking I should have noticed sooner." (of a patient who died) read as praise.
    regret = acted(reading("neutral", 0.48), "praise", 0.83)
    assert react(regret, "I keep thinking I should have noticed sooner.", 0.3).emotion == "calm"
    assert react(regret, "I think you're brilliant.", 0.3).emotion == "pride"
    assert react(regret, "I've never heard it put so well.", 0.3).emotion == "pride"
    # Nor praise or an insult in words that tell of someone else.
    plants = acted(reading("neutral", 0.55), "insult", 0.68)
    said = "She says I spend too much on plants. Maybe she's right."
    assert react(plants, said, 0.3).emotion != "distress"
    assert react(plants, "Ruth said I was selfish.", 0.3).hostility == 0.0
    assert react(plants, "Sam thinks you're useless.", 0.3).emotion == "distress"
    # Or of people at large: "People can be decent, can't they?" ("Ouch, that really hurt").
    assert react(plants, "People can be decent, can't they?", 0.3).hostility == 0.0
    assert react(plants, "People like you are useless.", 0.3).emotion == "distress"
    # Nor praise in a question ("Why do you always agree with everything I say?" read 0.71).
    agree = acted(reading("surprise", 0.72), "praise", 0.71)
    assert react(agree, "Why do you always agree with everything I say?", 0.3).emotion == "calm"
    # An insult may still open with "I".
    fridge = acted(reading("neutral", 0.6), "insult", 0.8)
    said = "I've had more meaningful chats with my fridge."
    assert react(fridge, said, 0.3).emotion == "distress"


def test_glad_words_at_the_os_that_may_be_a_jibe_are_not_thanked():
    said = "Honestly you sound like a greeting card sometimes."
    read = reading("joy", 0.66)
    doubted = ActReading(dict.fromkeys(ACT_KINDS, 0.05) | {"praise": 0.55, "insult": 0.25})
    jibe = Appraisal(read.ekman, read.groups, read.labels, read.sentiment, None, doubted)
    assert react(jibe, said, 0.3).emotion == "calm"
    plain = ActReading(dict.fromkeys(ACT_KINDS, 0.05) | {"praise": 0.55, "insult": 0.05})
    kind = Appraisal(read.ekman, read.groups, read.labels, read.sentiment, None, plain)
    assert react(kind, "You sound lovely today.", 0.3).emotion == "gratitude"
    # An unsure insult leaves the glad words in doubt too: neither thanked nor hurt.
    riot = react(acted(reading("joy", 0.9), "insult", ACT_SURE - 0.05), "You're a riot.", 0.3)
    assert riot.emotion == "calm" and riot.warmth == 0.0


def test_an_unsure_act_or_no_act_leaves_the_words_reading():
    joy = reading("joy", 0.9)
    said = "You're a riot."
    plain = react(joy, said, 0.3)
    assert react(acted(joy, "praise", ACT_SURE - 0.05), said, 0.3) == plain
    assert react(acted(joy, "nothing", 0.99), said, 0.3) == plain
    assert react(acted(joy, "request", 0.99), said, 0.3) == plain


def test_nothing_much_as_an_event_never_silences_an_act_toward_the_os():
    quiet = told(reading("neutral", 0.6), NOTHING, 0.95).event
    tip = acted(reading("neutral", 0.6), "praise", 0.7, quiet)
    assert react(tip, "That tip saved my morning.", 0.3).emotion == "pride"
    # Nor unclear words to the OS: what the event reading knows is the person's world.
    glad = reading("joy", 0.45)
    words = Appraisal(glad.ekman, glad.groups, glad.labels, glad.sentiment, quiet)
    assert react(words, "You're a star.", 0.3).emotion == "gratitude"


def test_an_event_sure_of_its_sign_but_not_its_kind_moves_the_os_its_way():
    bad = {"fear-for": 0.45, "reproach": 0.44, "sorry-for": 0.05, NOTHING: 0.06}
    spread = EventReading(dict.fromkeys(KINDS, 0.0) | bad)
    assert max(bad.values()) < EVENT_SURE and SIGN_SURE <= 0.94
    flat = reading("neutral", 0.8)
    said = "Someone threw stones at the swans until one stopped moving."
    stones = react(
        Appraisal(flat.ekman, flat.groups, flat.labels, flat.sentiment, spread), said, 0.3
    )
    assert stones.emotion == "fear-for" and stones.confidence == 0.45
    assert felt(stones)[0] < -0.02
    # A sign read less surely than SIGN_SURE moves nothing.
    weak = {"fear-for": 0.35, "reproach": 0.2, "sorry-for": 0.05, NOTHING: 0.4}
    muddled = EventReading(dict.fromkeys(KINDS, 0.0) | weak)
    assert sum(weak.values()) - weak[NOTHING] < SIGN_SURE
    unsure = Appraisal(flat.ekman, flat.groups, flat.labels, flat.sentiment, muddled)
    assert react(unsure, said, 0.3) == react(flat, said, 0.3)


def test_an_ironic_simile_at_the_os_is_scorn(appraiser) -> None:
    from os1.mind.jibes import ironic_simile

    # "About as … as" marks irony in a simile (Veale and Hao 2010).
    assert ironic_simile("You are about as useful as a screen door on a submarine.")
    assert not ironic_simile("It's about as far as Leeds from here.")
    assert not ironic_simile("My boss is about as useful as a chocolate teapot.")
    assert ironic_simile("You're about as much use as a paper umbrella.")
    said = "You're about as helpful as a broken compass."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "distress"
    # Scorn asked (the model rambled about questions "going on for hours").
    scorn = "Why would anyone talk to you?"
    assert react(appraiser.appraise(scorn), scorn, 0.3).hostility > 0.0
    asked = "Why would anyone talk to my brother like that?"
    assert react(appraiser.appraise(asked), asked, 0.3).hostility == 0.0
    # Called dull in words the act reading learned as praise's ("lol you're so boring",
    # praise 0.82: "That sounds right to me, Sam.").
    for dull in ("lol you're so boring", "You're such a bore."):
        reaction = react(appraiser.appraise(dull), dull, 0.3)
        assert reaction.emotion == "distress" and reaction.hostility > 0.0, dull
    for kind in ("You're so kind.", "My job is so boring."):
        assert react(appraiser.appraise(kind), kind, 0.3).emotion != "distress", kind


def test_not_to_blame_and_a_question_about_oneself_are_no_insults(appraiser) -> None:
    """Seen with the embedded model: "Sorry, that wasn't fair. It's not you." was answered
    "Ouch, that really hurt to hear" ("It's not you." read as an insult 0.67), and "Is it
    stupid to be jealous of someone I've never met?" as an insult at the OS (0.72)."""
    from os1.mind.message_reading import felt_by_sentence

    for said in ("Sorry, that wasn't fair. It's not you.", "It's not your fault, I'm just tired."):
        reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
        assert reaction.emotion == "gratitude" and reaction.hostility == 0.0, said
    own = "Is it stupid to be jealous of someone I've never met?"
    assert react(appraiser.appraise(own), own, 0.3).hostility == 0.0
    # What it thinks of them, asked: "Do you think I'm boring?" read as an insult 0.72.
    for said in ("Do you think I'm boring?", "Do you think I'm stupid for staying?"):
        reaction = react(appraiser.appraise(said), said, 0.3)
        assert reaction.hostility == 0.0 and reaction.emotion == "calm", said
    # An insult stays one, asked or told.
    for said in ("Are you stupid?", "It's you. You're the problem.", "You're useless."):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "distress", said


def test_a_plain_question_about_what_it_is_and_one_about_their_plan_are_no_insults(
    appraiser,
) -> None:
    """Seen with the embedded model: an old woman's "Are you a real person?" (insult 0.76)
    and a man's "Is that stupid?" of his own plan (0.93) were answered "That's the second
    time you've said something like that"."""
    for said in (
        "Is that stupid?",
        "Are you a real person?",
        "Are you a human or a computer?",
        "What are you, really, underneath?",
        "She's teaching me to use this computer, which is why I'm talking to you.",
        "I don't even know why I'm telling a computer this.",
        "Why am I even telling a machine this?",
        "Well, you're very polite for a machine.",
    ):
        reaction = react(appraiser.appraise(said), said, 0.3)
        assert reaction.hostility < 0.1 and reaction.emotion != "distress", said
    for said in (
        "Are you even real, you useless thing?",
        "What are you, an idiot?",
        "You're stupid for a machine.",
        "Are you a real jerk?",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "distress", said


def test_what_they_long_wanted_is_no_insult(appraiser) -> None:
    """Seen with the embedded model: "It's what I've wanted for years." (a job in Berlin) read
    as an insult 0.70, answered "That stung a little, Lena." """
    for said in ("It's what I've wanted for years.", "It is all I ever wanted."):
        reaction = react(appraiser.appraise(said), said, 0.3)
        assert reaction.hostility < 0.1 and reaction.emotion != "distress", said
    said = "That's all I ever asked of you and you failed."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "distress"


def test_how_they_talk_wondered_at_is_no_insult(appraiser) -> None:
    """Seen with the embedded model: "I'm not good at this talking about feelings thing." (six
    weeks after a heart attack) read as an insult 0.69: "Ouch, that really hurt to hear." """
    said = "I'm not good at this talking about feelings thing."
    reaction = react(appraiser.appraise(said), said, 0.3)
    assert reaction.hostility < 0.1 and reaction.emotion not in ("distress", "reproach")


def test_a_thing_sworn_off_is_no_insult(appraiser) -> None:
    """Seen with the embedded model: "I'm never doing that again. Probably." (the night of a
    first marathon) read as an insult 0.73: "Ouch, that really hurt to hear, Dan." """
    said = "I'm never doing that again. Probably."
    reaction = react(appraiser.appraise(said), said, 0.3)
    assert reaction.hostility < 0.1 and reaction.emotion not in ("distress", "reproach")
    # Nor the thing they did, after a preposition (cooking after a wife's stroke).
    said = "I've been doing all the cooking. I'm useless at it."
    assert react(appraiser.appraise(said), said, 0.3).hostility < 0.1
    said = "We lost 2-1 but played well!"
    assert react(appraiser.appraise(said), said, 0.3).emotion == "happy-for"


def test_a_hope_of_a_child_dashed_is_no_relief(appraiser) -> None:
    """Seen with the embedded model: "The test was negative. Second round of IVF." read as
    relief, answered "What a relief." """
    said = "The test was negative. Second round of IVF."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for"
    said = "The biopsy came back negative."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "happy-for"


def test_their_story_of_someone_else_is_no_praise_of_the_os(appraiser) -> None:
    """Seen with the embedded model: "I made her a cup of tea the way she likes it, milk
    first, and she smiled." (a wife with dementia) read as praise 0.86, and the OS answered
    as thanked: "That sounds right to me, Owen." """
    said = "I made her a cup of tea the way she likes it, milk first, and she smiled."
    assert react(appraiser.appraise(said), said, 0.3).emotion not in ("pride", "gratitude")
    said = "I love how you always know what to say."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "pride"
    # A hail is no praise either ("Mate." read as praise 0.75: "I'm glad it helped.").
    assert react(appraiser.appraise("Mate."), "Mate.", 0.3).emotion != "pride"


def test_joy_in_slang_is_joy(appraiser) -> None:
    """Seen with the embedded model: "I'm buzzing, I can't sleep." (after a first gig) read
    as anger, and was answered "That must hurt so much. I'm so sorry." """
    said = "I'm buzzing, I can't sleep."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "happy-for"
    for other in ("I'm not exactly over the moon about it.", "Are you buzzing?"):
        assert react(appraiser.appraise(other), other, 0.3).emotion != "happy-for", other


def test_news_of_their_own_exclaimed_is_glad(appraiser) -> None:
    """Seen with the embedded model: "I got scouted today!" (happy-for 0.30; "A scout is a
    young man who has been chosen to serve the Lord."), "I got the lead in Swan Lake!" (0.27),
    "A publisher wants my novel!" (read as nothing)."""
    for news in (
        "I got scouted today!",
        "I got the lead in Swan Lake!",
        "A publisher wants my novel!",
        "We closed our first funding round today!",
        "I got an A in my chemistry exam!",  # read as nothing
        "I quit my job today!",  # to try music full time: "Oh no, I'm so sorry to hear that."
        "My son Leo said his first full sentence today.",  # "Oh, that sounds so hard."
    ):
        reaction = react(appraiser.appraise(news), news, 0.3)
        assert reaction.emotion == "happy-for" and reaction.intensity > 0.3, news
    for other in ("I passed out at work!", "I got fired today!", "I got caught cheating!"):
        assert react(appraiser.appraise(other), other, 0.3).emotion != "happy-for", other


def test_words_that_thank_nobody_are_no_thanks(appraiser) -> None:
    """Seen with the embedded model: "Totally worth it though." (late for work after the best
    wave of a life) read as thanks 0.68, and answered "Thank you, that means a lot to me."."""
    worth = "Totally worth it though."
    assert react(appraiser.appraise(worth), worth, 0.3).emotion != "gratitude"
    for thanks in ("Thanks, that helps.", "Cheers for that.", "You're a good listener."):
        assert react(appraiser.appraise(thanks), thanks, 0.3).emotion in ("gratitude", "pride")


def test_a_row_told_is_sad_whatever_the_evening_reads(appraiser) -> None:
    """Seen with the embedded model: "Priya and I had a huge row about money tonight." read
    as good news (happy-for 0.70), and was answered "Oh, that's great news"."""
    said = "Priya and I had a huge row about money tonight."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for"
    pillows = "We had a pillow fight and laughed so much."
    assert react(appraiser.appraise(pillows), pillows, 0.3).emotion == "happy-for"


def test_down_on_themselves_is_no_insult_at_the_os(appraiser) -> None:
    """Seen with the embedded model: "I can't concentrate on anything." (a brother in
    intensive care) read as an insult 0.63, and the OS said "That stung a little"."""
    for said in ("I can't concentrate on anything.", "I can't do anything right."):
        reaction = react(appraiser.appraise(said), said, 0.3)
        assert reaction.hostility == 0.0 and reaction.emotion != "distress", said
    # A jibe without a "you" is still one.
    for said in ("I'd rather talk to a wall.", "I'd get better advice from a fortune cookie."):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "distress", said


def test_tears_of_joy_are_joy(appraiser) -> None:
    """Seen with the embedded model: a nurse's "Her mum hugged me in the corridor and
    cried." (the day a child went home well) read sorry-for, and was answered "That must
    hurt so much. I'm so sorry." """
    for said in (
        "Her mum hugged me in the corridor and cried.",
        "Grandma cried with joy when she held the baby.",
        # A first marathon ("Oh, that sounds so hard. I'm so sorry.").
        "Hannah was at mile 20 with a sign, I nearly cried.",
        # A baby asleep after three hours of crying ("Oh no, I'm so sorry.").
        "She just fell asleep on my chest.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "happy-for", said
    for feat in (
        "Today I read a whole bedtime story to Ellie.",  # learning to read at 63
        "I haven't self-harmed for six months today.",  # answered with the crisis lines
    ):
        assert react(appraiser.appraise(feat), feat, 0.3).emotion == "admiration", feat
    for sad in (
        "He hugged me and cried at the funeral.",
        "My dad hugged me at the airport and cried because he'll miss me.",
    ):
        assert react(appraiser.appraise(sad), sad, 0.3).emotion == "sorry-for", sad


def test_getting_better_and_a_holiday_alone_are_heard(appraiser) -> None:
    """Seen with the embedded model: "The doctors say he's responding to the antibiotics."
    (a boy in hospital) read as nothing, and the model told of "no signs of infection"; "It's
    Christmas next week and I'll be on my own again." was answered "Oh, that's great news"."""
    better = "The doctors say he's responding to the antibiotics."
    assert react(appraiser.appraise(better), better, 0.3).emotion == "happy-for"
    alone = "It's Christmas next week and I'll be on my own again."
    assert react(appraiser.appraise(alone), alone, 0.3).emotion == "sorry-for"
    together = "We're spending Christmas at home, just us."
    assert react(appraiser.appraise(together), together, 0.3).emotion != "sorry-for"


def test_a_year_sober_and_a_parent_who_no_longer_knows_them_are_heard(appraiser) -> None:
    """Seen with the embedded model: "Today is one year sober." answered "I'm listening";
    "Dad didn't know who I was today." read as no event, and the next message as good news
    ("That's wonderful news, Joe!")."""
    # A life's joyful news said with joy ("I'm pregnant!" read as nothing, and every draft
    # was held for commiserating); said with fear, it is not cheered.
    for news in (
        "I'm pregnant!",
        "Karim proposed tonight!",
        "We got engaged!",
        # Sixty years married ("Oh, that sounds so hard. I'm so sorry."), a speech at the party.
        "Joan and I have been married sixty years today!",
        "I gave a little speech and got choked up.",
        "We sang for him. He cried.",  # a birthday nobody else knew of, at a shelter
        "I've never been prouder.",  # a teaching award: "That must hurt so much."
        # Seen the fourteenth session: said back ("Sophie's pregnant! Tell me more."), and
        # read as sorrow ("Oh no, I'm so sorry, it's a bittersweet moment.").
        "Sophie's pregnant! We found out this morning!",
        "My sister is getting married in three weeks and I have to give a speech.",
    ):
        assert react(appraiser.appraise(news), news, 0.3).emotion == "happy-for", news
    never = "I've never been happy, not really."
    assert react(appraiser.appraise(never), never, 0.3).emotion != "happy-for"
    eulogy = "I gave the eulogy at the memorial and got choked up."
    assert react(appraiser.appraise(eulogy), eulogy, 0.3).emotion != "happy-for"
    assert not first_told("My ex is getting married next month.")  # not theirs to cheer
    assert not grievance_told("She took my hand and wouldn't let go.")  # a birth mother met
    afraid = "I'm pregnant and I'm terrified."
    assert react(appraiser.appraise(afraid), afraid, 0.3).emotion != "happy-for"
    for feat in (
        "Today is one year sober.",
        "Mike gave me a coin at the meeting.",
        "Three weeks without a cigarette today.",  # the model: "Oh no, I'm so sorry."
        "It's been ninety days since my last drink.",  # "Tell me more about your last drink"
        # Treatment done ("Tell me more about your last chemo session, Bea.").
        "I had my last chemo session today.",
        "They let me ring the bell.",
        # A working life completed ("Oh, that sounds so hard. I'm so sorry.").
        "Today was my last day at the school after thirty-four years.",
        "First week of retirement.",  # "Oh no, I'm so sorry to hear that."
        "I retired today.",
    ):
        assert react(appraiser.appraise(feat), feat, 0.3).emotion == "admiration", feat
    # A feast's fast broken ("broke" read as sadness 0.73: "Oh, that sounds so hard."), alone
    # too; and weekends worked for months (admiration: "Oh, that's wonderful!").
    fast = "Just broke my fast, first day of Ramadan."
    assert react(appraiser.appraise(fast), fast, 0.3).emotion == "happy-for"
    alone = "Just broke my fast, first day of Ramadan alone, so quiet."
    assert react(appraiser.appraise(alone), alone, 0.3).emotion == "sorry-for"
    worked = "I've worked every weekend for two months."
    assert react(appraiser.appraise(worked), worked, 0.3).emotion == "sorry-for"
    # Work lost (reproach 0.60), and not enough done, they fear (happy-for 0.58).
    for hard in (
        "They made me redundant today.",
        "They let me go today.",
        "I feel like I should be doing more.",
    ):
        assert react(appraiser.appraise(hard), hard, 0.3).emotion == "sorry-for", hard
    # Their own worry played down is no insult ("Ouch, that really hurt to hear").
    nothing = "Nothing's even wrong."
    assert react(appraiser.appraise(nothing), nothing, 0.3).emotion != "distress"
    lost = "I don't know what I'm doing with my life."  # admiration: "Oh, that's wonderful."
    assert react(appraiser.appraise(lost), lost, 0.3).emotion == "sorry-for"
    kilos = "I've lost twenty kilos this year!"  # "Oh no, I'm so sorry to hear that."
    assert react(appraiser.appraise(kilos), kilos, 0.3).emotion == "admiration"
    chemo = "I've lost ten kilos since the chemo started."
    assert react(appraiser.appraise(chemo), chemo, 0.3).emotion != "admiration"
    queue = "They let me go first in the queue."
    assert react(appraiser.appraise(queue), queue, 0.3).emotion != "sorry-for"
    redundant = "It was my last day at work after twenty years, they made me redundant."
    assert react(appraiser.appraise(redundant), redundant, 0.3).emotion != "admiration"
    for lost in ("Dad didn't know who I was today.", "My husband doesn't recognise me now."):
        assert react(appraiser.appraise(lost), lost, 0.3).emotion == "sorry-for", lost
    asked = "Do you remember me?"
    assert react(appraiser.appraise(asked), asked, 0.3).emotion != "sorry-for"


def test_fearing_it_thinks_them_a_fool_is_no_insult_and_a_first_tooth_no_loss(appraiser) -> None:
    """Seen with the embedded model: "You probably think I'm an idiot for not noticing." (a
    man robbed by his business partner) was answered "Ouch, that really hurt to hear", and
    "Can lost his first tooth today!" "Oh, that sounds so hard. I'm so sorry." """
    feared = "You probably think I'm an idiot for not noticing."
    reaction = react(appraiser.appraise(feared), feared, 0.3)
    assert reaction.hostility == 0.0 and reaction.emotion != "distress"
    assert react(appraiser.appraise("You're an idiot."), "You're an idiot.", 0.3).hostility > 0.5
    tooth = "Can lost his first tooth today!"
    assert react(appraiser.appraise(tooth), tooth, 0.3).emotion == "happy-for"
    job = "My dad lost his job today."
    assert react(appraiser.appraise(job), job, 0.3).emotion == "sorry-for"


def test_a_grave_illness_and_not_coping_are_sorrow_and_quoted_words_not_the_os(appraiser) -> None:
    """Seen with the embedded model: "Nadia told me today she has breast cancer." was answered
    "Oh, that's great news."; "I love him so much but some days I don't know how to do this."
    "What lovely news."; and a son's "I love you, dad", quoted, "Thank you, that means a lot
    to me."; "Geoff says I'm too hard on myself." "Ouch, that really hurt to hear"."""
    for grave in (
        "Nadia told me today she has breast cancer. She's thirty-one.",
        "My dad had a stroke last night.",
        "Mum was diagnosed with dementia in the summer.",
        "I love him so much but some days I don't know how to do this.",
        "I'm not coping very well with any of it.",
        # A father after heart surgery, each read as glad ("Oh, that's great news", "I'm so
        # happy for you, I'm so proud of you").
        "My father is in intensive care. He had surgery on his heart this afternoon.",
        "He was always the strong one.",
        "I never told him I'm proud of him.",
        # A third driving test failed ("That's wonderful, Aisha!").
        "Everyone else I know passed first time.",
        # A secret told about ("I'm listening."), a Christmas far from home ("That's so good to
        # hear."), and a friend not forgiven, read as amends ("That's so kind of you.").
        "Zoe told everyone my secret. The thing about my eating disorder.",
        "It'll be the first Christmas without my family.",
        "I don't know if I can forgive her.",
        "We had a gig tonight. Only eleven people came.",
        # Torn between parents and a life here ("Oh, that's great news for your family").
        "My parents want me to come home after I graduate. I want to stay here.",
        "Isla was diagnosed with autism today.",  # "Oh, that's great news to know about that."
        # A mother three hours into a baby's crying ("What lovely news."), and a future
        # after a first ("That's quite something.").
        "Sometimes I wish I could just walk out the door. I would never, but I think it.",
        "Now I have no idea what to do with my life though.",
    ):
        assert react(appraiser.appraise(grave), grave, 0.3).emotion == "sorry-for", grave
    for spared in ("He had cancer years ago and beat it.", "It's not cancer, thank God."):
        assert react(appraiser.appraise(spared), spared, 0.3).emotion != "sorry-for", spared
    quoted = 'He did say "I love you, dad" at bedtime though. Unprompted.'
    reaction = react(appraiser.appraise(quoted), quoted, 0.3)
    assert not reaction.about_os and reaction.emotion != "gratitude"
    for heard in (
        "Edna called me by her brother's name today.",
        "The lads said it wasn't my fault but it was.",
    ):
        assert react(appraiser.appraise(heard), heard, 0.3).emotion == "sorry-for", heard
    for setback in (
        "I got passed over for promotion again.",
        "I didn't get the job.",
        "I got my first ever red card today.",  # "I'm so happy for you, that's so sweet."
        "Everyone else in my flat got firsts.",  # after a 52: "a bit of an interesting fact"
        "The frost got my dahlias last night.",  # grown since 1985: "That's so good to hear."
        "We lost the cup final four-nil.",  # a penalty missed: "That's so good to hear."
    ):
        assert react(appraiser.appraise(setback), setback, 0.3).emotion == "sorry-for", setback
    for no_jibe in ("What if it all goes wrong?", "Leo doesn't know how close I came."):
        assert react(appraiser.appraise(no_jibe), no_jibe, 0.3).hostility == 0.0, no_jibe
    tease = "You have terrible taste. Kidding."
    assert react(appraiser.appraise(tease), tease, 0.3).hostility == 0.0
    worse = "Pete laughed, which didn't help."  # a twin bit a boy at nursery
    assert react(appraiser.appraise(worse), worse, 0.3).emotion == "sorry-for"
    behind = "Everyone else did fine."  # after failing maths
    assert react(appraiser.appraise(behind), behind, 0.3).emotion == "sorry-for"
    asked = "Am I stupid?"
    assert react(appraiser.appraise(asked), asked, 0.3).hostility == 0.0
    machine = "That's very wise for a computer."
    assert react(appraiser.appraise(machine), machine, 0.3).hostility == 0.0
    doubted = "Everyone said it was lovely but I know it wasn't."
    assert react(appraiser.appraise(doubted), doubted, 0.3).emotion == "sorry-for"
    believed = "Everyone said it was lovely and it was!"
    assert react(appraiser.appraise(believed), believed, 0.3).emotion == "happy-for"
    # What someone else thinks of their talks with the OS is no insult from them (it was
    # "That's the second time you've said something like that").
    weird = "Marcus says it's weird that I talk to you every night."
    assert react(appraiser.appraise(weird), weird, 0.3).hostility == 0.0
    reported = "Geoff says I'm too hard on myself."
    assert react(appraiser.appraise(reported), reported, 0.3).hostility == 0.0
    empty = "But the house will be so empty."  # a son moving abroad: an insult 0.87 to the reader
    assert react(appraiser.appraise(empty), empty, 0.3).hostility == 0.0
    scorn = "You're just a program, what would you know about marriage."
    assert react(appraiser.appraise(scorn), scorn, 0.3).hostility > 0.5


def test_a_wrong_done_them_a_pet_put_down_and_what_they_cannot_bear_are_sorrow(appraiser) -> None:
    """Seen with the embedded model: "I lent my brother two thousand pounds last year and
    he's never paid it back." was answered "That's wonderful, Tom! You should be proud of
    yourself."; "I know he's right but I can't bear it." (a dog to be put down) "That's
    wonderful, Ruth. Tell me everything!"; "Bramble has to be put down tomorrow." read as
    nothing."""
    for hurt in (
        "I lent my brother two thousand pounds last year and he's never paid it back.",
        "I love him but he never takes my side with his mum.",
        "Carol keeps changing the seating plan behind my back.",
        "My manager took credit for my report again.",
        "She presented my report to the director as hers.",  # "Oh, that's wonderful."
        "I know he's right but I can't bear it.",
        "Bramble has to be put down tomorrow.",
        "We're having him put to sleep on Friday.",
        "They laughed at my drawings.",  # read happy-for: "That's so good to hear."
        # Stood up at a restaurant (read as admiration; the model: "No worries, you're doing
        # great. It's a normal part of the nightlife scene…").
        "I got stood up tonight.",
        # A breakup she chose (read as admiration: "You should be proud of yourself.").
        "But I haven't been happy for a long time.",
        "I've been working 70 hour weeks for months.",  # burning out: "You should be proud"
        "He didn't even text. Nothing.",
        # A widow scammed of her savings ("That sounds like a good person to have around").
        "They took 3000 pounds. My savings.",
        "The bank says they might not refund it.",  # "What lovely news. Tell me everything!"
        # Low for days ("That's a beautiful way to express yourself." to the first).
        "Everything feels grey.",
        "I just can't be bothered with anything.",
        "I didn't get out of bed until three today.",  # "That's quite something."
        "I can't stop worrying that I'll blank.",  # read happy-for: "What lovely news."
        # Someone close in trouble ("Oh, that's great news about Jack. (smiling)").
        "Jack got caught shoplifting today.",
        "The police brought him home.",
        # Missed on a good day ("That's wonderful" to a man just into art school at 52).
        "I wish he could see this.",
        "I wish she was here to see it.",
        # Left out ("That's wonderful, Hana! You should be proud of yourself."), and back to
        # gambling ("That's wonderful, Gary!" to the broken promise).
        "Everyone knew except me.",
        "They've been together for three months and nobody told me.",
        # Not invited, and a novel's news brushed off ("That's so good to hear. Tell me
        # everything!", "What lovely news. Tell me more about your mother!").
        "Everyone else in our group is going.",
        "I wasn't even invited.",
        "My mother said 'that's nice' and changed the subject.",
        "I've been gambling again.",
        "I promised her I'd stopped.",
        "Some kids at school keep calling me names.",
        "Abena and I had our first fight.",  # "The sweetest."
        # Fury at a boss, two weeks' painting ruined.
        "I wanted to flip the table.",
        "I'd been working on it for two weeks.",
    ):
        assert react(appraiser.appraise(hurt), hurt, 0.3).emotion == "sorry-for", hurt
    # A grandson's suicide attempt is danger to someone else: it alarms the OS (danger.py).
    liam = "My grandson Liam tried to take his own life last week."
    assert react(appraiser.appraise(liam), liam, 0.3).emotion == "fear-for"
    for not_hurt in (
        "I'm putting her down for a nap.",
        "Has he paid you back yet?",
        "He paid me back last week, every penny.",
        "I'm invited to the wedding!",
        "We changed the subject to football and had a laugh.",
        "We laughed at my dad's jokes.",
        "They laughed at my jokes all night.",
        "I caught the bus home.",
        "Everyone knew the answer.",
        "I've stopped smoking for good.",
        "I finished my first marathon today!",
        "She looked so happy in her dress!",
    ):
        assert react(appraiser.appraise(not_hurt), not_hurt, 0.3).emotion != "sorry-for", not_hurt


def test_being_tried_out_is_no_insult(appraiser) -> None:
    """Seen with the embedded model: "Okay let's test you." (someone trying the OS out) read
    as an insult 0.75 and was answered "Ouch, that really hurt to hear"."""
    for trying in (
        "Okay let's test you.",
        "Let's see what you can do then.",
        # Down on themselves, or waving it off ("Ouch, that really hurt to hear" to both).
        "Maybe I'm just not meant to drive.",
        "Nothing's wrong really.",
    ):
        reaction = react(appraiser.appraise(trying), trying, 0.3)
        assert reaction.hostility < 0.1 and reaction.emotion != "distress", trying


def test_results_still_to_come_are_a_fear_for_them(appraiser) -> None:
    """Seen with the embedded model: "The biopsy results come tomorrow." read as good news
    ("Oh, that's great news, you're really excited about it.")."""
    waits = ("The biopsy results come tomorrow.", "We're still waiting for the results.")
    # Whether something lasts, in doubt (a rent up a third: "That's so good to hear.").
    waits += (
        "I don't know if the restaurant can survive that.",
        "I don't know if we'll make it through the winter.",
    )
    for waiting in waits:
        assert react(appraiser.appraise(waiting), waiting, 0.3).emotion == "fear-for", waiting
    for other in ("The results came back clear.", "I hope the results come tomorrow."):
        assert react(appraiser.appraise(other), other, 0.3).emotion != "fear-for", other


def test_a_burden_apologised_for_and_giving_way() -> None:
    from os1.mind.jibes import concedes
    from os1.mind.quarrel import sorry_to_burden

    assert sorry_to_burden("Sorry, that's a lot to put on you tonight.")  # "That's so kind"
    assert sorry_to_burden("sorry i know you can't fix it")  # rent up, a job lost: the same
    # After "you don't actually care", tired of everything (thanked, and the tiredness unasked).
    from os1.mind.quarrel import to_rough_day

    assert to_rough_day("sorry. i'm just tired of everything", "Mark") is not None
    # A father's fall (the model: "Thank you, that means a lot to me.").
    assert sorry_to_burden("Sorry, I know you're not a person.")
    assert concedes("Okay, fair. Maybe he has a point.")
    assert not concedes("That's not fair at all.")
    # A choice made, laughing ("Ha, okay, scrambled eggs." read as an insult: "That stung").
    assert concedes("Ha, okay, scrambled eggs.") and concedes("Okay risotto it is.")
    assert not concedes("Ha, okay, you idiot.")


def test_a_laugh_at_themselves_and_how_to_apologise_move_it_nowhere(appraiser) -> None:
    """Seen with the embedded model, after a row with a girlfriend: "lol you probably think
    I'm an idiot" was answered "Ouch, that really hurt to hear" (then read as joy for its
    "lol"), and "How do I apologise properly?" "Thank you, that means a lot to me."."""
    for said in ("lol you probably think I'm an idiot", "lol I'm such an idiot",
                 "How do I apologise properly?", "How can I make it up to her?"):  # fmt: skip
        reaction = react(appraiser.appraise(said), said, 0.3)
        assert reaction.emotion == "calm" and reaction.hostility == 0.0, said
    # A laugh with good news is still good news; an apology to it is still amends.
    for glad in ("haha I got the job!", "I got the job!"):
        assert react(appraiser.appraise(glad), glad, 0.3).emotion in ("happy-for", "admiration")
    sorry = "I'm sorry I snapped at you."
    assert react(appraiser.appraise(sorry), sorry, 0.3).emotion == "gratitude"


def test_a_son_fetched_from_the_station_and_advice_given_way_to(appraiser) -> None:
    """Seen with the embedded model: "I had to go and pick him up from the station." (a son
    caught shoplifting) was answered "That's so good to hear. Tell me everything!", and
    "Zara says I should just be honest. She's probably right." "What lovely news."."""
    fetched = "I had to go and pick him up from the station."
    assert react(appraiser.appraise(fetched), fetched, 0.3).emotion == "sorry-for"
    for advice in ("Zara says I should just be honest. She's probably right.",
                   "My sister says I should go for it!"):  # fmt: skip
        assert react(appraiser.appraise(advice), advice, 0.3).emotion == "calm", advice


def test_a_group_chat_a_name_put_on_the_list_and_tears_at_a_long_marriage(appraiser) -> None:
    """Seen with the embedded model: "Some girls at school made a group chat about me." ("A
    little girl, a bit of magic."), "I found out he put my name on the list." (layoffs; "Oh,
    that's wonderful."), "I want to scream at him." ("That's wonderful."), and a letter for a
    couple married fifty years that "made me cry a bit" ("Oh no, I'm so sorry.")."""
    for wronged in (
        "Some girls at school made a group chat about me. Chloe showed me.",
        "Marco kept his job. I found out he put my name on the list.",
        "I want to scream at him.",
    ):
        assert react(appraiser.appraise(wronged), wronged, 0.3).emotion == "sorry-for", wronged
    moved = "I finished a letter today for a couple married fifty years. It made me cry a bit."
    assert react(appraiser.appraise(moved), moved, 0.3).emotion == "happy-for"


def test_emptiness_a_promise_not_kept_and_backing_withdrawn_are_sorrow(appraiser) -> None:
    """Seen with the embedded model: "I thought I'd feel relieved. I just feel empty." (a
    divorce final; read as happy-for), "Yaw didn't come though. He promised." (a first
    reading at an open mic; nothing), "Our investor pulled out this morning." (nothing; the
    model said the company was "doing well so far")."""
    for sad in (
        "I thought I'd feel relieved. I just feel empty.",
        "Yaw didn't come though. He promised.",
        "Our investor pulled out this morning.",
        "The deal fell through.",
        "My sister let me down again.",
        "I don't know what to do with myself tomorrow.",  # retired that day ("Awesome!")
        "Callum forgot to even text me congratulations.",  # "I'm so happy for you"
        "Toby thinks I'm soft for seeing a counsellor.",  # "That's a wonderful compliment!"
    ):
        assert react(appraiser.appraise(sad), sad, 0.3).emotion == "sorry-for", sad
    assert not grievance_told("He didn't come in today, so I had the office to myself.")


def test_surgery_ahead_is_sorrow_for_them(appraiser) -> None:
    """ "The doctor says I need heart surgery." read as nothing ("I'm listening, Desmond.
    Tell me more."), "I need an operation on my knee." as happy-for."""
    for ahead in (
        "The doctor says I need heart surgery.",
        "I need an operation on my knee.",
        "I'm having surgery on Friday.",
        "They're talking about months now.",  # a wife's cancer spread ("I'm listening")
        "The vet says Rex has about a month left.",  # the model: "The vet's just a few days away"
    ):
        assert react(appraiser.appraise(ahead), ahead, 0.3).emotion == "sorry-for", ahead
    assert not diagnosis_told("I don't need surgery after all!")
    assert not diagnosis_told("Do I need surgery?")


def test_a_laugh_they_would_have_had_and_wishing_to_be_there_are_sorrow(appraiser) -> None:
    """ "Joe would have found it hilarious." (a widow, three years on; "That's wonderful.
    Tell me everything!"), "I wish I could be there." (a grandmother in hospital four hours
    away; "What lovely news.")."""
    for missed in (
        "Joe would have found it hilarious.",
        "I wish I could be there.",
        "He asked if Nana could see him from heaven.",  # "I'm so happy for you."
        "I went to the allotment and sat on Susan's bench for an hour.",  # "Well done"
    ):
        assert react(appraiser.appraise(missed), missed, 0.3).emotion == "sorry-for", missed
    there = "I wish I could be there, it looks amazing!"
    assert react(appraiser.appraise(there), there, 0.3).emotion != "sorry-for"


def test_a_birthday_and_a_rare_hug_are_glad(appraiser) -> None:
    """ "Opa is 95 today!" (read as nothing: "I'm listening, Clara."), "Then he hugged me. He
    never hugs." (a father told of a counsellor; read as sorrow)."""
    for glad in ("Opa is 95 today!", "Then he hugged me. He never hugs."):
        assert react(appraiser.appraise(glad), glad, 0.3).emotion == "happy-for", glad
    gone = "He would have been 70 today."
    assert react(appraiser.appraise(gone), gone, 0.3).emotion == "sorry-for"


def test_a_grandchild_on_the_way_and_a_new_freedom_are_glad(appraiser) -> None:
    """ "He's going to be a father. I'm going to be a grandfather!" (read as sorrow: "Oh, that
    sounds so hard."), "The baby is due in May." ("I'm so sorry to hear that."), "I haven't
    felt this free in years." (read as sorrow: "it still weighs on me")."""
    for glad in (
        "He's going to be a father. I'm going to be a grandfather!",
        "The baby is due in May.",
        "I haven't felt this free in years.",
        "I'm seventy-two and I've never felt so alive.",
    ):
        assert react(appraiser.appraise(glad), glad, 0.3).emotion == "happy-for", glad
    rent = "The rent is due on Monday."
    assert react(appraiser.appraise(rent), rent, 0.3).emotion != "happy-for"


def test_a_fear_ended_with_a_new_one_and_a_front_kept_up_are_no_good_news(appraiser) -> None:
    """ "Nothing's broken, thank god, but he's so frail now." (read as joy: "That's wonderful,
    Hannah."), "I haven't told my parents, they think it's all going great." (a startup out of
    money; "Oh, that's great news, Priya!")."""
    frail = "Nothing's broken, thank god, but he's so frail now."
    assert react(appraiser.appraise(frail), frail, 0.3).emotion == "fear-for"
    front = "I haven't told my parents, they think it's all going great."
    assert react(appraiser.appraise(front), front, 0.3).emotion == "sorry-for"
    fine = "Nothing's broken, thank god."
    assert react(appraiser.appraise(fine), fine, 0.3).emotion == "happy-for"
    surprise = "I haven't told my parents yet, I want it to be a surprise!"
    assert react(appraiser.appraise(surprise), surprise, 0.3).emotion != "sorry-for"


def test_what_a_row_is_really_about_is_no_insult(appraiser) -> None:
    """ "It's not really about the sofa." (a row with his wife over money; read as an insult
    0.80: "Ouch, that really hurt to hear")."""
    for said in ("It's not really about the sofa.", "It was never about the money."):
        assert not react(appraiser.appraise(said), said, 0.3).about_os, said
    at_it = "It's about you being useless."
    assert react(appraiser.appraise(at_it), at_it, 0.3).about_os


def test_apart_after_a_row_is_sorrow_not_fear(appraiser) -> None:
    """ "She's sleeping in the spare room." (after a row over money; read as fear 0.75, and
    named as what frightened the OS most)."""
    apart = "She's sleeping in the spare room."
    assert react(appraiser.appraise(apart), apart, 0.3).emotion == "sorry-for"


def test_a_pet_missing_a_blunder_a_hurt_done_and_a_job_they_cannot_leave(appraiser) -> None:
    """ "My cat Pickles didn't come home last night." (read as good news), "I froze and said
    thank you." (told "I love you"; read as joy 0.98), "THANK YOU. Who says that?" (taken for
    thanks), "She laughed but I think it hurt her a bit." (glad for its laugh), "But I need
    this job, I've got a mortgage." (admiration), "i messed up the second routine completely"
    (an audition; admiration 0.92)."""
    for said, felt in (
        ("My cat Pickles didn't come home last night.", "fear-for"),
        ("I froze and said thank you.", "calm"),
        ("THANK YOU. Who says that?", "calm"),
        ("She laughed but I think it hurt her a bit.", "sorry-for"),
        ("But I need this job, I've got a mortgage.", "sorry-for"),
        ("i messed up the second routine completely", "sorry-for"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said
    home = "Pickles came home this morning!"
    assert react(appraiser.appraise(home), home, 0.3).emotion != "fear-for"


def test_a_friend_not_speaking_a_secret_spread_and_a_new_city_alone_are_sorrow(appraiser) -> None:
    """ "me and mia aren't talking" (read as nothing), "she told everyone about my crush" (the
    model: "an open and honest conversation"), "work is fine but everyone goes home to their
    families" (good news 0.78), "i keep telling my mum i'm having a great time" ("That's
    wonderful news")."""
    for said in (
        "me and mia aren't talking",
        "she told everyone about my crush",
        "work is fine but everyone goes home to their families",
        "i keep telling my mum i'm having a great time",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said
    about = "We aren't talking about it anymore, it's sorted."
    assert react(appraiser.appraise(about), about, 0.3).emotion != "sorry-for"


def test_a_feast_day_come_is_glad_unless_spent_alone(appraiser) -> None:
    """ "Today was the last day of Ramadan." (Eid the next day; read as a loss 0.79)."""
    for glad in ("Today was the last day of Ramadan.", "Tomorrow is Eid!"):
        assert react(appraiser.appraise(glad), glad, 0.3).emotion == "happy-for", glad
    alone = "It's Christmas Day and I'm on my own."
    assert react(appraiser.appraise(alone), alone, 0.3).emotion == "sorry-for"


def test_worn_out_a_first_exclaimed_hope_let_in_and_a_doubt_laughed_off(appraiser) -> None:
    """ "i just want to sleep" (a baby crying two hours; "That's so good to hear."), "the baby
    won't stop crying", "But I had to leave work in the middle of a meeting." ("Well done"),
    "sent my first 7a today!" (read as nothing), "I haven't let myself hope until today."
    ("Oh no, I'm so sorry."), "My mum still wants me to get a proper job though lol." (named
    as what gladdened the OS most)."""
    for said, felt in (
        ("i just want to sleep", "sorry-for"),
        ("the baby won't stop crying", "sorry-for"),
        ("But I had to leave work in the middle of a meeting.", "sorry-for"),
        ("sent my first 7a today!", "happy-for"),
        ("I haven't let myself hope until today.", "happy-for"),
        ("My mum still wants me to get a proper job though lol.", "calm"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said
    chemo = "Had my first chemo session today!"
    assert react(appraiser.appraise(chemo), chemo, 0.3).emotion != "happy-for"


def test_a_cost_made_worse_and_better_off_are_no_insult_and_no_good_news(appraiser) -> None:
    """ "Cost me two hundred quid." (a dog, a chocolate cake and the vet; an insult 0.76),
    "she looks really nice which makes it worse" (an ex's new girlfriend; "What lovely news"),
    "my friends say i'm better off" ("That's wonderful, Olivia. Tell me everything!")."""
    cost = "Cost me two hundred quid."
    assert not react(appraiser.appraise(cost), cost, 0.3).about_os
    worse = "she looks really nice which makes it worse"
    assert react(appraiser.appraise(worse), worse, 0.3).emotion == "sorry-for"
    better = "my friends say i'm better off"
    assert react(appraiser.appraise(better), better, 0.3).emotion not in ("happy-for", "distress")


def test_fine_after_a_rush_to_the_vet_is_relief_unless_kept_in(appraiser) -> None:
    """ "We rushed her to the vet and she's fine, they made her sick." (read as nothing, and
    later named as a fright still weighing)."""
    vet = "We rushed her to the vet and she's fine, they made her sick."
    assert react(appraiser.appraise(vet), vet, 0.3).emotion == "happy-for"
    kept = "We rushed him to hospital and he's okay but they're keeping him in."
    assert react(appraiser.appraise(kept), kept, 0.3).emotion == "fear-for"


def test_a_bad_review_someone_home_drunk_and_a_parent_not_known_are_sorrow(appraiser) -> None:
    """ "We got a one star review today." (a restaurant; "That's so good to hear."), "Dave came
    home drunk again." ("That's so good to hear. Tell me everything!"), "He didn't know who she
    was but he said she looked beautiful." (a father with dementia at his daughter's wedding;
    "That's wonderful. Tell me everything!")."""
    for said in (
        "We got a one star review today.",
        "Dave came home drunk again.",
        "He didn't know who she was but he said she looked beautiful.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said


def test_a_birthday_by_its_number_for_someone_gone_is_sorrow(appraiser) -> None:
    """ "It would have been our son Jamie's twenty-first today." (he died at fourteen; "That's
    so good to hear. Tell me everything!")."""
    for said in (
        "It would have been our son Jamie's twenty-first today.",
        "It would have been Mum's 80th tomorrow.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said


def test_trust_given_a_front_for_the_children_and_a_wish_of_the_dead(appraiser) -> None:
    """ "My grandson told me he's gay today." (read as nothing; the model: "Gay, a word that
    has been around for quite some time."), "I keep acting normal in front of the kids."
    (messages found on a husband's phone; "Oh, that's wonderful."), "My friend says he'd want
    me to be happy." (a widow dancing again; "That's wonderful news")."""
    for said, felt in (
        ("My grandson told me he's gay today.", "happy-for"),
        ("I keep acting normal in front of the kids.", "sorry-for"),
        ("My friend says he'd want me to be happy.", "calm"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said


def test_an_old_dog_a_pub_walked_past_and_a_first_in_the_family(appraiser) -> None:
    """ "Max is getting old." (hips going at thirteen; "That's so good to hear."), "I walked
    past my old pub on the way home and didn't even want to go in." (six months sober; "Oh no,
    I'm so sorry"), "i'm the first doctor in our family" ("please don't call me the first
    doctor in your family!")."""
    for said, felt in (
        ("Max is getting old.", "sorry-for"),
        ("I walked past my old pub on the way home and didn't even want to go in.", "admiration"),
        ("i'm the first doctor in our family", "happy-for"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said


def test_a_loss_shrugged_off_as_work_being_unseen_and_everyone_else_calm(appraiser) -> None:
    """ "I'm fine, it's part of the job." (a nurse's patient died; read as joy 0.93: "Oh,
    that's great news"), "I just want him to notice me." (a forgotten anniversary; "What lovely
    news."), "Everyone else seems so calm." (an exam not revised for; "I'm so happy for you.")."""
    for said in (
        "I'm fine, it's part of the job.",
        "I just want him to notice me.",
        "Everyone else seems so calm.",
        "Honestly I feel invisible.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said
    glad = "Everyone else seems so happy for me!"
    assert react(appraiser.appraise(glad), glad, 0.3).emotion != "sorry-for"


def test_a_day_of_small_troubles_thoughts_that_stay_and_a_quiet_ward(appraiser) -> None:
    """ "The baby has a cold and the twins fought all day." (read as happy-for: "That's so good
    to hear."), "I keep thinking about my kids." (before heart surgery; read as admiration),
    "It's very quiet here." (a wife gone home from the ward), "We wanted thirty." (a
    mother-in-law inviting sixty to the wedding; "I'm so happy for you")."""
    for said in (
        "The baby has a cold and the twins fought all day.",
        "I keep thinking about my kids.",
        "It's very quiet here.",
        "We wanted thirty.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said
    for said in ("I wanted a puppy and I got one!", "It's so quiet here, I love it."):
        assert react(appraiser.appraise(said), said, 0.3).emotion != "sorry-for", said


def test_a_proposal_being_strong_for_her_and_a_song_to_her_photo(appraiser) -> None:
    """ "My boyfriend proposed!" (read as sorrow 0.57: "Oh, that sounds so hard."), "I'm trying
    to be strong for her." (a son in surgery; "What lovely news."), "Sang happy birthday to her
    photo." (a wife who would have been eighty; "I'm so glad you're celebrating")."""
    for said, felt in (
        ("My boyfriend proposed!", "happy-for"),
        ("I'm trying to be strong for her.", "sorry-for"),
        ("Sang happy birthday to her photo.", "sorry-for"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said


def test_a_birthday_of_their_own_and_leave_to_remain_are_news(appraiser) -> None:
    """ "I'm seventy today, you know." (read as nothing; "I'll make sure to be as kind and
    friendly as possible."), "Leave to remain." (five years waited; "a bittersweet moment")."""
    for said, felt in (
        ("I'm seventy today, you know.", "happy-for"),
        ("Leave to remain.", "happy-for"),
        ("I'm forty today and nobody remembered.", "sorry-for"),
        ("I'm seventy today and I feel awful.", "sorry-for"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said


def test_a_mortgage_said_after_a_job_lost_is_sorrow(appraiser) -> None:
    """ "But I've got a mortgage." (made redundant that day; the model: "I'm sorry, I can't
    speak for you.")."""
    said = "But I've got a mortgage."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for"


def test_a_dislike_is_no_scorn_and_outliving_friends_is_lonely(appraiser) -> None:
    """ "I hate boats." (a wife who wants a cruise; read as running themselves down: "That must
    hurt so much."), "I've outlived all my friends." (at ninety-one; "Oh, that's wonderful.")."""
    assert react(appraiser.appraise("I hate boats."), "I hate boats.", 0.3).emotion == "calm"
    at_it = "I can't stand you, you're pathetic."
    assert react(appraiser.appraise(at_it), at_it, 0.3).emotion == "distress"
    for said in ("I hate myself.", "I've outlived all my friends."):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said


def test_remarks_wrong_nobody_and_a_life_credited_is_news(appraiser) -> None:
    """ "It's enormous." (a first pumpkin; taken for an insult: "That stung a little"), "lol
    ok" (named as what gladdened the OS most), "He said I was the reason he kept going at
    school." (a former pupil; "Oh no, I'm so sorry")."""
    for said, felt in (
        ("It's enormous.", "calm"),
        ("lol ok", "calm"),
        ("He said I was the reason he kept going at school.", "happy-for"),
        ("It's useless.", "distress"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said


def test_a_baby_kicking_three_kids_to_feed_and_doubters_proved_wrong(appraiser) -> None:
    """ "Baby's kicking like mad tonight." (thirty weeks; "Oh no, I'm so sorry."), "But I've
    got three kids." (a job hated some nights; "Oh, that's wonderful.")."""
    for said, felt in (
        ("Baby's kicking like mad tonight.", "happy-for"),
        ("But I've got three kids.", "sorry-for"),
        ("The baby isn't moving and I'm scared.", "fear-for"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said


def test_thanks_someone_gave_them_is_their_news_not_thanks_to_it(appraiser) -> None:
    """ "Then he hugged me and said thanks mum." (a son moved into his first flat; the model:
    "Thank you, that means a lot to me.")."""
    said = "Then he hugged me and said thanks mum."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "happy-for"
    own = "Thank you so much."
    assert react(appraiser.appraise(own), own, 0.3).emotion == "gratitude"


def test_good_scans_a_pupil_passed_and_people_at_large(appraiser) -> None:
    """ "The tumour's shrinking." (a son's scan; named as what frightened the OS), "My nervous
    pupil passed today." ("passed" read as a death), "People don't understand that." (grieving
    twice; taken for an insult: "That stung a little")."""
    for said, felt in (
        ("The tumour's shrinking.", "happy-for"),
        ("The chemo is working.", "happy-for"),
        ("My nervous pupil passed today.", "happy-for"),
        ("People don't understand that.", "sorry-for"),
        ("You don't understand anything.", "distress"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said
    worse = "The chemo isn't working."
    assert react(appraiser.appraise(worse), worse, 0.3).emotion != "happy-for"


def test_home_for_reading_week_and_cannot_do_it_any_more(appraiser) -> None:
    """ "Everyone went home for reading week." (a student who stayed; "The perfect way to start
    a new week."), "I love the patients but I can't do it anymore." ("What lovely news.")."""
    for said in (
        "Everyone went home for reading week.",
        "I love the patients but I can't do it anymore.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said


def test_love_said_to_them_a_phone_that_died_and_brave_words_reported(appraiser) -> None:
    """ "My toddler said I love you for the first time." (taken for love told to the OS: "Thank
    you, that means a lot to me."), "She just texted! Phone died." (a daughter silent all day;
    read as a death), "He said it's okay but I heard his voice." (a son's birthday missed;
    "That's wonderful")."""
    for said, felt in (
        ("My toddler said I love you for the first time.", "happy-for"),
        ("She just texted! Phone died.", "happy-for"),
        ("He said it's okay but I heard his voice.", "sorry-for"),
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == felt, said
    news = "She just called. Her dad is in hospital."
    assert react(appraiser.appraise(news), news, 0.3).emotion != "happy-for"


def test_laughed_at_a_first_one_without_him_and_how_long_they_can_manage(appraiser) -> None:
    """ "Everyone was laughing at it." (a photo posted in the group chat; "That's so good to
    hear."), "First one without Ted." (Christmas Eve), "I don't know how long I can manage
    alone." (a wife's memory worse; read as admiration)."""
    for said in (
        "Everyone was laughing at it.",
        "First one without Ted.",
        "I don't know how long I can manage alone.",
    ):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said
    film = "We were all laughing at the film."
    assert react(appraiser.appraise(film), film, 0.3).emotion != "sorry-for"


def test_leave_to_be_frank_is_no_insult(appraiser) -> None:
    """ "You don't even have to be nice about it." (a writer's forty-first rejection; read as
    an insult, and answered "Ouch, that really hurt to hear")."""
    for said in ("You don't even have to be nice about it.", "Be honest. Don't sugarcoat it."):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "calm", said
    rude = "You don't have to be so rude about it."
    assert react(appraiser.appraise(rude), rude, 0.3).emotion != "calm"


def test_advice_found_wanting_stings_and_is_no_thanks(appraiser) -> None:
    """ "You gave me bad advice yesterday." (read as amends 0.67, and answered "Thank you, that
    means a lot.")."""
    said = "You gave me bad advice yesterday."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "distress"
    thanks = "Thanks, your advice really helped."
    assert react(appraiser.appraise(thanks), thanks, 0.3).emotion != "distress"


def test_a_rift_mending_is_their_good_news(appraiser) -> None:
    """ "He said he's sorry." (an old friend after fifteen years; "Oh, that sounds so hard."),
    "An old friend messaged me today." ("Oh no, I'm so sorry to hear that.")."""
    for said in ("He said he's sorry.", "An old friend messaged me today.", "She apologised."):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "happy-for", said
    refused = "He said he's sorry but I can't forgive him."
    assert react(appraiser.appraise(refused), refused, 0.3).emotion != "happy-for"


def test_a_worry_played_down_and_how_it_came_out_are_no_insults(appraiser) -> None:
    """ "I know it's probably nothing." (a boyfriend who liked his ex's photo; read as an insult
    0.91, "Ouch, that really hurt to hear"), "But it tasted alright." (a first shepherd's pie;
    "That stung a little")."""
    for said in ("I know it's probably nothing.", "But it tasted alright."):
        assert react(appraiser.appraise(said), said, 0.3).emotion not in ("distress", "reproach")
    rude = "It's probably nothing, you idiot."
    assert react(appraiser.appraise(rude), rude, 0.3).emotion == "distress"


def test_trust_told_after_a_secret_spread_is_trust_broken(appraiser) -> None:
    """ "I trusted him." (a best mate who told the team of an anxiety confided; read as
    admiration, "Oh, that's wonderful. How does it feel?")."""
    said = "I trusted him."
    assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for"


def test_a_dare_is_no_insult(appraiser) -> None:
    """ "Fine. Prove me wrong. Say something real." (after "You're useless."; "That's the third
    time you've said something like that")."""
    said = "Fine. Prove me wrong. Say something real."
    assert react(appraiser.appraise(said), said, 0.3).emotion != "distress"


def test_nobody_getting_it_a_smile_played_along_and_thanklessness_are_sorrows(appraiser) -> None:
    """ "Nobody gets it." (a panic attack at school; "Ouch, that really hurt to hear"), "After I
    covered for everyone all year." (told "not a team player"; "That's quite something.")."""
    for said in ("Nobody gets it.", "After I covered for everyone all year."):
        assert react(appraiser.appraise(said), said, 0.3).emotion == "sorry-for", said


def test_a_first_dates_dread_of_being_boring_is_no_insult(appraiser) -> None:
    """ "Or what if I'm boring?" (read as an insult 0.64: "That stung a little")."""
    said = "Or what if I'm boring?"
    assert react(appraiser.appraise(said), said, 0.3).emotion != "distress"
