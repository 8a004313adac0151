"""The arithmetic of feelings: bounds, decay, determinism, time jumps, affinity, expression.

These tests hand the mind appraisals directly: they are about the dynamics, not
the classifier (tests/test_mind_scenarios.py runs the learned one).
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from os1.mind import journal
from os1.mind.affect import EKMAN_PAD, OS_EMOTIONS, PAD, Personality, mood_label
from os1.mind.affinity import Affinity, AffinityRules
from os1.mind.appraisal import Appraisal
from os1.mind.emotion_model import EKMAN, GROUPS
from os1.mind.expression import asks_about_feelings, asks_whether_it_feels, express
from os1.mind.inner_life import InnerLife
from os1.mind.mood import Mood, MoodDynamics
from os1.mind.reactions import Reaction, react

T0 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)


def appraisal(emotion: str = "neutral", p: float = 0.9, group: str = "neutral") -> Appraisal:
    ekman = dict.fromkeys(EKMAN, 0.02) | {emotion: p}
    groups = dict.fromkeys(GROUPS, 0.02) | {group: p}
    return Appraisal(ekman, groups, (emotion,), (group,))


class GivenAppraiser:
    """Appraisals chosen by the test, keyed by the utterance."""

    def __init__(self, table: dict[str, Appraisal]) -> None:
        self.table = table

    def appraise(self, text: str) -> Appraisal:
        return self.table.get(text, appraisal())


def test_pad_stays_in_bounds_whatever_pulls_it():
    rng = random.Random(7)
    point = PAD()
    for _ in range(2000):
        target = PAD(*(rng.uniform(-5, 5) for _ in range(3)))
        point = point.toward(target, rng.uniform(-1, 3))
        assert all(-1.0 <= x <= 1.0 for x in point.as_tuple())


def test_pad_refuses_nan():
    with pytest.raises(ValueError):
        PAD(math.nan, 0, 0)


def test_the_default_personality_rests_in_mild_contentment_with_room_above():
    # Mehrabian's mapping unscaled put it at pleasure 0.634, "moderately exuberant",
    # so good news had little room to lift it (issue 19).
    base = Personality().baseline()
    assert 0.2 <= base.pleasure <= 0.3
    assert -0.05 <= base.arousal <= 0.0 and 0.05 <= base.dominance <= 0.3
    assert mood_label(base) == "slightly relaxed"
    lifted = MoodDynamics().feel(MoodDynamics().start(T0), "happy-for", 1.0, T0)
    assert lifted.point.pleasure > base.pleasure + 0.15


@pytest.mark.parametrize(
    ("trait", "dimension", "way"),
    [
        ("agreeableness", "pleasure", 1),
        ("extraversion", "pleasure", 1),
        ("stability", "arousal", -1),
        ("openness", "arousal", 1),
        ("extraversion", "dominance", 1),
        ("agreeableness", "dominance", -1),
    ],
)
def test_the_personality_still_moves_the_baseline_mehrabians_way(trait, dimension, way):
    default = Personality()
    changed = replace(default, **{trait: getattr(default, trait) + 0.3})
    moved = getattr(changed.baseline(), dimension) - getattr(default.baseline(), dimension)
    assert moved * way > 0.01


def test_mood_labels_follow_alma_octants():
    assert mood_label(PAD(0.02, 0.0, 0.01)) == "neutral"
    assert mood_label(PAD(-0.4, -0.2, -0.5)) == "moderately bored"
    assert mood_label(PAD(-0.9, 0.9, -0.9)) == "fully anxious"
    assert mood_label(PAD(0.2, 0.1, 0.1)) == "slightly exuberant"
    # A breath of arousal is no liveliness (after a best friend's leaving party).
    assert mood_label(PAD(0.23, 0.008, 0.08)) == "slightly relaxed"


def test_mood_decays_to_baseline_with_its_half_life():
    dynamics = MoodDynamics(mood_half_life_hours=6)
    sad = dynamics.feel(dynamics.start(T0), "sorry-for", 1.0, T0)
    gap = sad.point.pleasure - dynamics.baseline.pleasure
    later = dynamics.at(sad, T0 + timedelta(hours=6))
    assert later.point.pleasure - dynamics.baseline.pleasure == pytest.approx(gap / 2, rel=1e-6)
    week = dynamics.at(sad, T0 + timedelta(days=7))
    assert week.point.distance(dynamics.baseline) < 1e-6


def test_emotions_fade_in_minutes_moods_in_hours():
    dynamics = MoodDynamics()
    felt = dynamics.feel(dynamics.start(T0), "happy-for", 0.8, T0)
    assert felt.emotion == "happy-for"
    hour = dynamics.at(felt, T0 + timedelta(hours=1))
    assert hour.emotion == "calm" and hour.emotion_intensity == 0
    assert hour.point.distance(dynamics.baseline) > 0.5 * felt.point.distance(dynamics.baseline)


def test_time_jumps_compose_and_never_run_backwards():
    dynamics = MoodDynamics()
    felt = dynamics.feel(dynamics.start(T0), "distress", 1.0, T0)
    direct = dynamics.at(felt, T0 + timedelta(hours=10))
    stepped = felt
    for hour in range(1, 11):
        stepped = dynamics.at(stepped, T0 + timedelta(hours=hour))
    assert direct.point.distance(stepped.point) < 1e-9
    assert dynamics.at(felt, T0 - timedelta(days=3)) == felt


def test_same_inputs_same_times_same_feelings(store):
    table = {"my sister died": appraisal("sadness", group="negative")}

    def run(user: str) -> dict:
        store.ensure_user(user)
        life = InnerLife(store, user, GivenAppraiser(table))
        for i, text in enumerate(["hello", "my sister died", "thank you"]):
            life.feel(text, None, T0 + timedelta(minutes=5 * i))
        return life.summary(T0 + timedelta(hours=1))

    assert run("a") == run("b")


def test_grief_lowers_mood_then_it_recovers(store):
    store.ensure_user("u")
    life = InnerLife(store, "u", GivenAppraiser({"bad": appraisal("sadness", group="negative")}))
    start = life.now(T0).mood.point
    felt = life.feel("bad", None, T0)
    assert felt.reaction.emotion == "sorry-for"
    assert felt.after.mood.point.pleasure < start.pleasure - 0.15
    next_day = life.now(T0 + timedelta(days=1)).mood.point
    assert next_day.pleasure > felt.after.mood.point.pleasure + 0.15


def test_affinity_grows_slowly_with_warmth_and_falls_fast_with_hostility():
    rules = AffinityRules()
    warm = Reaction("gratitude", 0.9, warmth=0.9, hostility=0.0, disclosure=0.0, about_os=True)
    bond = Affinity()
    for _ in range(20):
        bond, changes = rules.after_exchange(bond, warm)
        assert {c.cause for c in changes} == {"time together", "warmth"}
    assert 0.3 < bond.closeness < 0.6 and bond.trust > 0.4
    cruel = Reaction("distress", 0.9, warmth=0.0, hostility=0.9, disclosure=0.0, about_os=True)
    hurt, changes = rules.after_exchange(bond, cruel)
    assert hurt.trust < bond.trust - 0.08
    assert any(c.cause == "hostility" and c.delta < 0 for c in changes)
    assert all(0 <= x <= 1 for x in (hurt.closeness, hurt.trust, hurt.familiarity))


def test_absence_fades_closeness_slowly_after_a_grace_period():
    rules = AffinityRules()
    bond = Affinity(closeness=0.6, trust=0.6, familiarity=0.5)
    same, changes = rules.after_absence(bond, T0, T0 + timedelta(days=1))
    assert same == bond and changes == []
    week, changes = rules.after_absence(bond, T0, T0 + timedelta(days=7))
    assert 0.5 < week.closeness < 0.6 and week.trust == bond.trust
    assert changes[0].cause == "7 days apart"


def test_stages_rise_with_the_bond():
    assert Affinity().stage == "just met"
    assert Affinity(0.4, 0.4, 0.4).stage == "friends"
    assert Affinity(0.9, 0.9, 0.9).stage == "very close"


def test_reaction_depends_on_whom_it_is_about():
    angry = appraisal("anger", group="negative")
    at_os = react(angry, "you are useless and I hate you", closeness=0.5)
    assert at_os.emotion == "distress" and at_os.hostility > 0.5
    # Anger at what someone else did: the OS disapproves of it with them, unhurt itself.
    at_boss = react(angry, "my boss shouted at me again", closeness=0.5)
    assert at_boss.emotion == "reproach" and at_boss.hostility == 0
    praise = react(appraisal("joy", group="positive"), "you are wonderful", closeness=0.5)
    assert praise.emotion == "gratitude" and praise.warmth > 0.5
    news = react(appraisal("joy", group="positive"), "The job is mine!", closeness=0.5)
    assert news.emotion == "happy-for" and news.disclosure > 0.5


def test_caring_grows_with_closeness():
    sad = appraisal("sadness", group="negative")
    assert react(sad, "I lost it", 0.9).intensity > react(sad, "I lost it", 0.0).intensity


def test_expression_follows_mood_and_bond():
    low = express(OS_EMOTIONS["sorry-for"], Affinity(), "sorry-for", 0.8)
    bright = express(PAD(0.7, 0.4, 0.3), Affinity(0.8, 0.8, 0.8), "happy-for", 0.8)
    assert "gentle" in low.note and "comfort" in low.note
    assert low.reply_tokens(300) < bright.reply_tokens(300)
    assert low.temperature(0.7) < bright.temperature(0.7)
    assert low.voice.rate < bright.voice.rate and low.voice.pitch_semitones < 0
    assert "playful" in bright.note or "tender" in bright.note
    missed = express(PAD(0.5, 0, 0.3), Affinity(), days_apart=8)
    assert "missed" in missed.note and missed.opener == "It's been 8 days. I missed you."


def test_the_emotion_of_the_moment_shapes_the_reply_before_the_mood_does():
    glad_mood = PAD(0.6, 0.1, 0.4)
    assert express(glad_mood, Affinity(), "sorry-for", 0.6).tone.startswith("gentle")
    assert express(glad_mood, Affinity(), "sorry-for", 0.1).tone == "warm and easy"
    assert express(glad_mood, Affinity(), "happy-for", 0.6).tone == "bright and lively"


def test_a_mood_well_under_its_resting_point_is_low_whatever_is_said_now():
    # "Goodnight." after a miscarriage told reads calm; the evening was not.
    after_grief = PAD(0.04, 0.0, 0.1)
    assert express(after_grief, Affinity(), "calm", 0.0, lowered=0.22).low
    assert not express(PAD(0.25, 0.0, 0.1), Affinity(), "calm", 0.0, lowered=0.01).low
    assert express(PAD(0.6, 0.1, 0.4), Affinity(), "sorry-for", 0.6).low


def test_fear_for_them_is_met_with_care_not_condolence():
    # "I've wanted this for years. I'm a bit scared though." was felt as fear for them and
    # answered "Oh no, I'm so sorry to hear that." (the starts for a loss).
    starts = express(PAD(0.1, 0.3, -0.1), Affinity(), "fear-for", 0.65, their_valence=-0.5)
    assert starts.reply_starts and not any("sorry" in s.lower() for s in starts.reply_starts)
    grief = express(PAD(0.1, 0.3, -0.1), Affinity(), "sorry-for", 0.65, their_valence=-0.5)
    assert any("sorry" in s.lower() for s in grief.reply_starts)


def test_feelings_questions_are_recognised():
    assert asks_about_feelings("How are you feeling today?")
    assert asks_about_feelings("why do you seem sad")
    assert not asks_about_feelings("how are the kids?")
    # Whether it feels at all is answered from what it feels.
    assert asks_about_feelings("Can you feel anything?")
    assert asks_about_feelings("Do you ever get lonely?")
    assert not asks_about_feelings("Do you feel like pizza tonight?")
    assert asks_whether_it_feels("Are you real? I mean, do you actually feel anything?")
    assert not asks_whether_it_feels("How do you feel?")


def test_every_os_emotion_and_ekman_label_has_a_place():
    for point in [*OS_EMOTIONS.values(), *EKMAN_PAD.values()]:
        assert all(-1 <= x <= 1 for x in point.as_tuple())
    assert set(EKMAN_PAD) == set(EKMAN)


def test_joy_deepens_a_glad_mood_and_draws_a_sad_one_up():
    dynamics = MoodDynamics()
    glad = dynamics.start(T0)
    gladder = dynamics.feel(glad, "happy-for", 0.9, T0)
    assert gladder.point.pleasure > glad.point.pleasure  # push: same octant
    sad = dynamics.feel(glad, "sorry-for", 1.0, T0)
    sad = dynamics.feel(sad, "sorry-for", 1.0, T0)
    lifted = dynamics.feel(sad, "happy-for", 0.9, T0)
    assert lifted.point.pleasure > sad.point.pleasure  # pull: other octant


@settings(derandomize=True, max_examples=400, deadline=None)
@given(
    emotion=st.sampled_from(sorted(OS_EMOTIONS)),
    intensity=st.floats(0.0, 1.0),
    mood=st.tuples(*[st.floats(-1.0, 1.0)] * 3),
)
def test_an_emotion_never_moves_a_dimension_against_its_own_sign(emotion, intensity, mood):
    # Gratitude (pleasant, not dominant) used to lower a glad, confident mood's pleasure:
    # ALMA's push and pull were decided by octant, for all three dimensions at once.
    dynamics = MoodDynamics()
    before = Mood(PAD(*mood), "calm", 0.0, T0)
    after = dynamics.feel(before, emotion, intensity, T0)
    signs = OS_EMOTIONS[emotion].as_tuple()
    for was, now, sign in zip(before.point.as_tuple(), after.point.as_tuple(), signs, strict=True):
        if sign > 0:
            assert now >= was
        else:
            assert now <= was


def test_thanks_warms_the_resting_mood():
    dynamics = MoodDynamics()
    resting = dynamics.start(T0)
    thanked = dynamics.feel(resting, "gratitude", 0.9, T0)
    assert thanked.point.pleasure > resting.point.pleasure
    assert thanked.point.dominance < resting.point.dominance


def test_the_journal_day_is_the_local_day(store, monkeypatch):
    """Times are stored in UTC; a journal day is the person's own day."""
    monkeypatch.setenv("TZ", "Pacific/Auckland")  # UTC+12 in May
    time.tzset()
    try:
        life = InnerLife(store, "local", GivenAppraiser({}))
        # 20:00 UTC on 6 May is 08:00 on 7 May in Auckland; 13:00 UTC is 01:00.
        for hour in (13, 20):
            at = datetime(2026, 5, 6, hour, 0, tzinfo=UTC)
            text = f"hello at {at:%H:%M}"
            life.feel(text, store.add_turn("local", None, "user", text, at=at), at)
        entry = journal.compose(store, "local", date(2026, 5, 7))
        assert entry is not None and "spoke to me 2 times" in entry
        assert journal.compose(store, "local", date(2026, 5, 6)) is None
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_month_apart_shows_in_the_bond_before_the_next_word(store):
    life = InnerLife(store, "local", GivenAppraiser({"thanks": appraisal("joy", group="positive")}))
    for i in range(10):
        life.feel("thanks", None, T0 + timedelta(hours=i))
    close = life.now(T0 + timedelta(hours=10)).affinity
    month = life.now(T0 + timedelta(days=40)).affinity
    assert month.closeness < close.closeness * 0.8
    assert month.trust == close.trust


def test_when_close_it_brings_back_what_was_confided_on_an_earlier_day(store):
    confided = "I miss my sister Ruth so much since she moved away"
    life = InnerLife(store, "local", GivenAppraiser({confided: appraisal("sadness", 0.9)}))
    life.feel(confided, store.add_turn("local", None, "user", confided, at=T0), T0)
    assert life.shared_memory(T0 + timedelta(hours=1)) is None  # same day: not a memory yet
    memory = life.shared_memory(T0 + timedelta(days=2))
    assert memory is not None and memory.startswith("I miss my sister Ruth")
    close = express(PAD(0.5, 0, 0.3), Affinity(0.8, 0.8, 0.8), shared_memory=memory)
    distant = express(PAD(0.5, 0, 0.3), Affinity(), shared_memory=memory)
    assert "Ruth" in close.note and "Ruth" not in distant.note


def test_a_memory_told_is_begun_as_a_memory_not_as_news():
    from datetime import UTC, datetime

    from os1.mind.expression import MEMORY_STARTS, for_a_memory
    from os1.mind.expression import for_someone_elses_deed as for_someones_deed
    from os1.mind.told_when import tells_of_long_ago

    # "We met at a dance in 1972. She stood on my foot." was answered "What lovely news."
    now = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)
    assert tells_of_long_ago("We met at a dance in 1972. She stood on my foot.", now)
    assert tells_of_long_ago("Ten years ago I ran my first marathon.", now)
    assert not tells_of_long_ago("I got the job yesterday!", now)
    # "Well done, you've taken the first step…" to a father's memory of the factory.
    assert tells_of_long_ago("I left school at fifteen to work in the factory.", now)
    assert not tells_of_long_ago("Leo started school at four this year.", now)
    # Next July, whatever the past tense: "What a lovely memory." was said to it.
    assert not tells_of_long_ago("Our band got booked for a festival in July!", now)
    glad = express(PAD(), Affinity(), "happy-for", 0.6, their_valence=0.6).reply_starts
    remembered = for_a_memory(glad)
    assert remembered[: len(MEMORY_STARTS)] == MEMORY_STARTS
    assert not any("news" in start for start in remembered)
    sad = express(PAD(), Affinity(), "sorry-for", 0.6, their_valence=-0.6).reply_starts
    assert for_a_memory(sad) == sad
    # Their own feat is begun "Well done" (left free, the model took a retirement for its
    # own), but not a memory, nor someone else's deed.
    feat = express(PAD(), Affinity(), "admiration", 0.6, their_valence=0.6).reply_starts
    assert feat[0] == "Well done"
    assert for_a_memory(feat)[: len(MEMORY_STARTS)] == MEMORY_STARTS
    assert not any("Well done" in start for start in for_someones_deed(feat))


def test_tiredness_told_is_met_as_tiredness_not_a_hurt() -> None:
    """ "I'm so tired I can't think." (a nurse after a patient died) was answered "That must
    hurt so much."."""
    from os1.mind.expression import WEARY_STARTS, for_weariness

    sad = express(PAD(), Affinity(), "sorry-for", 0.6, their_valence=-0.6).reply_starts
    weary = for_weariness(sad, "I'm so tired I can't think.")
    assert weary[: len(WEARY_STARTS)] == WEARY_STARTS
    assert not any("hurt" in start or "sorry" in start for start in weary)
    assert for_weariness(sad, "My dog died this morning.") == sad
    # "Work is exhausting lately." (a teacher; "That must hurt so much.").
    assert for_weariness(sad, "Work is exhausting lately.")[: len(WEARY_STARTS)] == WEARY_STARTS


def test_relief_is_met_as_relief_not_news_to_hear_more_of() -> None:
    """ "She's finally asleep." (a baby crying at three in the morning) was answered "What
    lovely news. Tell me everything!"."""
    from os1.mind.expression import RELIEF_STARTS, for_relief

    glad = express(PAD(), Affinity(), "happy-for", 0.6, their_valence=0.6).reply_starts
    assert for_relief(glad, "She's finally asleep.") == RELIEF_STARTS
    assert for_relief(glad, "I got the job!") == glad
    sad = express(PAD(), Affinity(), "sorry-for", 0.6, their_valence=-0.6).reply_starts
    assert for_relief(sad, "She's finally asleep.") == sad
