"""'Where does Ruth live?': answered from what the person said, never invented."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from importlib.resources import files

import pytest

from os1.conversation import life_questions
from os1.conversation.life_questions import LifeQuestions
from os1.memory import fact_records
from os1.memory.episodes import EpisodicMemory
from os1.memory.store import Store
from os1.mind.interview import Answers, save_answers
from os1.mind.persona import Persona, save_persona
from os1.text.clauses import has_verb

USER = "local"
# Every turn is said at NOW unless a test says when: answers name the day a thing was said
# unless it is the question's own day, so a run across midnight must not split them.
NOW = datetime.now(UTC)


def _say(store: Store, *lines: str, at: datetime | None = None, session: int | None = None) -> None:
    for line in lines:
        store.add_turn(USER, session, "user", line, at=at or NOW)


def _ask(store: Store, question: str, session: int | None = None, **kwargs: object) -> str | None:
    """The answer to `question`, asked as the loop asks: stored first, then answered."""
    turn_id = store.add_turn(USER, session, "user", question, at=NOW)
    return LifeQuestions(store, USER, **kwargs).answer(question, turn_id)  # type: ignore[arg-type]


def _given_names() -> set[str]:
    """Census first names (the `names` package): what an invented name would be drawn from."""
    found = set()
    for table in ("dist.female.first", "dist.male.first"):
        text = (files("names") / table).read_text(encoding="ascii")
        found |= {line.split()[0].title() for line in text.splitlines() if line.strip()}
    return found


def _names_outside(answer: str, records: str) -> set[str]:
    capitalised = set(re.findall(r"\b[A-Z][a-z]+\b", answer))
    return {w for w in capitalised & _given_names() if w not in records}


@pytest.fixture
def ruth(store: Store) -> Store:
    session = store.start_session(USER)
    _say(store, "My sister Ruth lives in Lisbon. She's a cellist.", session=session)
    store.add_turn(USER, session, "assistant", "Lisbon is lovely! Does Ruth play often?", at=NOW)
    return store


def test_where_a_named_person_lives_comes_from_this_session(ruth: Store) -> None:
    assert _ask(ruth, "Where does Ruth live?") == "You told me your sister Ruth lives in Lisbon."
    assert _ask(ruth, "where does my sister live") == (
        "You told me your sister Ruth lives in Lisbon."
    )
    # A voice transcript may come without capitals.
    assert "Lisbon" in (_ask(ruth, "where does ruth live") or "")


def test_a_she_is_resolved_only_when_one_person_was_spoken_of(ruth: Store) -> None:
    assert _ask(ruth, "What does Ruth do for work?") == (
        "You told me about your sister Ruth: she's a cellist."
    )
    assert _ask(ruth, "Who is Ruth?") == (
        "You told me your sister Ruth lives in Lisbon. You also said she's a cellist."
    )
    _say(ruth, "My friend Jo and my cousin Ann came by. She's a painter.")
    # "She" could be either: nothing is said about Ann's work.
    answer = _ask(ruth, "What does Ann do?")
    assert answer == "You haven't told me what Ann does for work yet. What do they do?"


def test_earlier_sessions_are_dated(store: Store) -> None:
    earlier = store.start_session(USER)
    then = NOW - timedelta(days=20)
    _say(
        store,
        "My best friend is called Maya. I work as a nurse at St Mary's.",
        at=then,
        session=earlier,
    )
    store.end_session(earlier)
    now = store.start_session(USER)
    day = f"{then.astimezone():%-d %B}"
    answer = _ask(store, "What's my friend's name?", now) or ""
    assert (
        answer.startswith(f"On {day}") and "you told me your best friend is called Maya." in answer
    )
    answer = _ask(store, "Do you remember what I told you about my job?", now) or ""
    assert answer.startswith("Yes. On ") and "you work as a nurse at St Mary's." in answer
    assert "you told me your best friend is called Maya" in (
        _ask(store, "Who is my best friend?", now) or ""
    )


@pytest.mark.parametrize(
    ("told", "question", "expected"),
    [
        (
            "My mom's birthday is on March 3rd.",
            "When is my mom's birthday?",
            "your mom's birthday is on March 3rd",
        ),
        (
            "We got a puppy last week, my dog Biscuit chews everything!",
            "what's my dog called?",
            "your dog Biscuit chews everything",
        ),
        (
            "My ex-wife Catherine sent over the divorce papers.",
            "What was my ex-wife's name?",
            "your ex-wife Catherine sent over the divorce papers",
        ),
        ("My brother Sam is forty-two.", "What did I say my brother's name was?", "brother Sam"),
        ("My dad turned 70 in June.", "how old is my dad?", "your dad turned 70 in June"),
        ("I grew up in Leeds, near the river.", "Where did I grow up?", "you grew up in Leeds"),
        ("Greta, my boss, hates Mondays.", "who is my boss?", "Greta, your boss, hates Mondays"),
        # Someone's new job, told as made head chef ("You haven't told me about Tom's new yet.").
        (
            "My son Tom rang from Melbourne. He's been made head chef!",
            "What's Tom's new job?",
            "head chef",
        ),
        # "the dog" at home is theirs ("I'm not sure I have a good answer to that yet.").
        ("We got a puppy, she's called Misty.", "What's the dog called?", "called Misty"),
        # Something of theirs, had rather than "my" ("You haven't told me about your date").
        (
            "I have a first date tomorrow with a guy called Marcus.",
            "Who is my date with?",
            "you have a first date tomorrow with a guy called Marcus",
        ),
        # A word between "my" and the thing ("You haven't told me about your knee yet.").
        (
            "My left knee has been sore since climbing on Saturday.",
            "What did I say about my knee?",
            "your left knee has been sore",
        ),
    ],
)
def test_relations_and_attributes(store: Store, told: str, question: str, expected: str) -> None:
    _say(store, told, "The weather was grey all day today.")
    answer = _ask(store, question) or ""
    assert expected in answer and answer.startswith("You told me")
    assert "weather" not in answer


@pytest.mark.parametrize(
    ("told", "question", "expected"),
    [
        (
            "I've got a black labrador named Bruno, he's a menace.",
            "what's my dog called",
            "You told me you've got a black labrador named Bruno, he's a menace.",
        ),
        (
            "We rescued a kitten in March and her name's Pepper.",
            "Do you remember my cat's name?",
            "Yes. You told me you rescued a kitten in March and her name's Pepper.",
        ),
        (
            "We brought home a puppy on Sunday. His name is Otis.",
            "What is my puppy's name?",
            "You told me about your puppy: his name is Otis.",
        ),
    ],
)
def test_a_pet_the_person_has_is_found_by_its_kind_or_breed(
    store: Store, told: str, question: str, expected: str
) -> None:
    _say(store, told)
    assert _ask(store, question) == expected


def test_a_pet_that_is_someone_else_s_is_not_the_person_s(store: Store) -> None:
    _say(store, "My neighbour has a poodle called Coco.", "I have a cat and a friend named Bo.")
    assert _ask(store, "What's my dog's name?") == (
        "You haven't told me your dog's name yet. What is it?"
    )
    assert _ask(store, "What's my cat's name?") == (
        "You haven't told me your cat's name yet. What is it?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Can you remind me what I do for work?",
        "what's my job",
        "Where do I work?",
        "do you know what my profession is?",
    ],
)
def test_questions_about_the_person_s_own_work(store: Store, question: str) -> None:
    # "Dr." ends no sentence: the clinic is said back whole.
    _say(store, "I'm a receptionist at Dr. Okafor's clinic on weekdays.", "It rained.")
    answer = _ask(store, question) or ""
    assert answer.endswith("you're a receptionist at Dr. Okafor's clinic on weekdays.")


def test_what_someone_does_answers_for_work_when_no_job_was_said(store: Store) -> None:
    _say(store, "My brother Tom runs a tiny bakery by the station. He loves football.")
    assert _ask(store, "what does Tom do for a living?") == (
        "You told me your brother Tom runs a tiny bakery by the station."
    )
    _say(store, "My aunt Vera adores her garden.")
    assert _ask(store, "What does Vera do for work?") == (
        "You haven't told me what Vera does for work yet. What does she do?"
    )
    _say(store, "I repair old clocks in a shop on the high street.")
    assert _ask(store, "Do you remember what I do for a living?") == (
        "Yes. You told me you repair old clocks in a shop on the high street."
    )


@pytest.mark.parametrize(
    "question",
    [
        "Who's my best mate? I mentioned him before.",
        "What is my closest friend called? You should know this.",
        "what's my best friend's name?? Remember?",
    ],
)
def test_a_remark_after_the_question_leaves_it_a_question(store: Store, question: str) -> None:
    _say(store, "My best friend Tomas moved back to Vilnius.")
    assert _ask(store, question) == "You told me your best friend Tomas moved back to Vilnius."


@pytest.mark.parametrize(
    ("told", "question"),
    [
        ("My favorite colour is teal.", "whats my favourite color, can you remember?"),
        ("My favourite colour is teal.", "what is my favorite color again"),
        ("My favorite flavour of ice cream is pistachio.", "whats my favourite flavor, remember?"),
    ],
)
def test_spelling_and_a_trailing_do_you_remember(store: Store, told: str, question: str) -> None:
    _say(store, told)
    answer = _ask(store, question) or ""
    assert answer.endswith(f"You told me {told.replace('My', 'your').rstrip('.')}.")


def test_i_and_my_become_you_and_your(store: Store) -> None:
    _say(store, "I told you my partner and I moved to Berlin last year, I'm still not used to it.")
    assert _ask(store, "Where do I live?") == (
        "You told me your partner and you moved to Berlin last year, you're still not used to it."
    )
    # The "you" they said to the OS is the OS's "I" or "me".
    _say(store, "My sister Ruth thinks you're funny, she wants to meet you.")
    assert _ask(store, "Who is Ruth?") == (
        "You told me your sister Ruth thinks I'm funny, she wants to meet me."
    )


def test_facts_answer_what_the_turns_in_view_do_not(store: Store, monkeypatch) -> None:
    save_answers(store, USER, Answers(user_name="Theo"))
    source = store.add_turn(USER, None, "user", "Sam moved to Porto, my little brother.", at=NOW)
    fact_records.add_fact(
        store, USER, "Theo's brother Sam lives in Porto.", "Sam", [source], NOW, 0.9, "test"
    )
    _say(store, "Let's talk about something else.", "It rained all afternoon.")
    monkeypatch.setattr(life_questions, "RECENT", 2)
    assert _ask(store, "where does my brother live?") == (
        "From what you've told me, your brother Sam lives in Porto."
    )
    assert _ask(store, "What's my name?") == "You told me to call you Theo."


def test_older_turns_come_from_long_term_memory(store: Store, encoder, monkeypatch) -> None:
    long_ago = NOW - timedelta(days=90)
    store.add_turn(USER, None, "user", "My cat Miso sleeps on the piano all day.", at=long_ago)
    store.add_turn(USER, None, "assistant", "Your cat Felix sounds sweet.", at=long_ago)
    _say(store, *(f"Just a note about lunch number {n}." for n in range(6)))
    monkeypatch.setattr(life_questions, "RECENT", 4)
    without = _ask(store, "What's my cat called?")
    assert without == "You haven't told me your cat's name yet. What is it?"
    answer = _ask(store, "What's my cat called?", memory=EpisodicMemory(store, USER, encoder))
    assert answer is not None and "your cat Miso sleeps on the piano all day" in answer
    assert answer.startswith("On ") and "Felix" not in answer


def test_the_os_own_replies_are_never_quoted(store: Store) -> None:
    _say(store, "My sister is a doctor in Madrid, she works nights.")
    # What a small model wrote back (issue 16): if it were read, it would answer.
    for reply in ("My friend Emily lives in Paris.", "Ruth lives in Porto now.", "I'm 34."):
        store.add_turn(USER, None, "assistant", reply, at=NOW)
    assert _ask(store, "Where does my sister live?") == (
        "You told me your sister is a doctor in Madrid, she works nights."
    )
    assert _ask(store, "What's my friend's name?") == (
        "You haven't told me your friend's name yet. What is it?"
    )
    assert _ask(store, "how old am I?") == (
        "You haven't told me how old you are yet. How old are you?"
    )
    # A name only the OS said is nobody the person told it of.
    assert _ask(store, "Who is Ruth?") is None


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("What was my ex-wife's name?", "You haven't told me your ex-wife's name yet. What is it?"),
        (
            "Where does my brother live?",
            "You haven't told me where your brother lives yet. Where does he live?",
        ),
        (
            "when is my grandma's birthday?",
            "You haven't told me when your grandma's birthday is yet. When is it?",
        ),
        ("What does my wife do for work?", "You haven't told me what your wife does for work yet."),
        ("How old am I?", "You haven't told me how old you are yet. How old are you?"),
        ("What's my name?", "You haven't told me your name yet. What should I call you?"),
        ("Did I tell you where my aunt lives?", "I don't think you've told me where your aunt"),
    ],
)
def test_nothing_recorded_is_said_honestly_with_no_invented_name(
    ruth: Store, question: str, says: str
) -> None:
    save_persona(ruth, USER, Persona(name="Eleanor", chosen_by="interview", reason="."))
    answer = _ask(ruth, question) or ""
    assert answer.startswith(says)
    assert answer.endswith("?") and len(re.findall(r"[.?!](?:\s|$)", answer)) <= 3
    records = " ".join(t.text for t in ruth.recent_turns(USER, 50) if t.role == "user")
    assert not _names_outside(answer, records)
    assert "Ruth" not in answer and "Lisbon" not in answer


@pytest.mark.parametrize(
    "text",
    [
        # about the OS
        "What's your name?",
        "How are you?",
        "What do you remember about me?",
        "What do you think about my sister?",
        "Do you love me?",
        "Sorry, what's your name again?",
        "What do you do for a living?",
        "What's a good name for a dog?",
        # general knowledge
        "What's the capital of France?",
        "How do black holes work?",
        "Who wrote Hamlet?",
        "where is Lisbon?",
        "How does my heart work?",
        "What do you know about black holes?",
        "Can you tell me about the moon?",
        "Tell me about coriander.",
        # requests and advice
        "Tell me a joke",
        "Remind me to call my mom",
        "What should I get my mom for her birthday?",
        "How can I make my dog stop barking?",
        "What should I do for a living?",
        "What do I do now?",
        # a question about the person's life asked with another: the brain answers both
        "How are you? Where does Ruth live?",
        # chores the skills do
        "What's on my calendar tomorrow?",
        "When is my next meeting?",
        "What are my reminders?",
        "What's my boss's email?",
        "What's my mom's phone number?",
        "What do I have tomorrow?",
        # statements
        "My sister Ruth lives in Lisbon.",
        "I wonder where my sister lives.",
        "Ruth is coming over tomorrow!",
    ],
)
def test_what_is_not_a_question_about_the_person_life_is_left_alone(ruth: Store, text: str) -> None:
    _say(ruth, "I went to France last summer with my mom.")
    assert _ask(ruth, text) is None


@pytest.mark.parametrize(
    "question",
    [
        "Do you remember what I said about coriander?",
        "What did I tell you about coriander?",
        "Did I tell you about the coriander?",
        "What do you remember about coriander?",
    ],
)
def test_what_they_said_about_a_thing_is_said_back(store: Store, question: str) -> None:
    _say(store, "I can't stand coriander, it tastes like soap to me.", "It rained all day.")
    answer = _ask(store, question) or ""
    assert "you can't stand coriander, it tastes like soap to you." in answer
    assert "rained" not in answer


def test_a_name_said_alone_stays_with_the_sentence_it_names(store: Store) -> None:
    _say(store, "A patient of mine died this morning. Mr Abbot. He told terrible jokes.")
    _say(store, "It was a long night. Anyway. I'm home now.")
    answer = _ask(store, "Do you remember what I said about Mr Abbot?") or ""
    assert "a patient of yours died this morning. Mr Abbot." in answer
    # "Anyway." is no one's name: it is not joined to the sentence before.
    assert "long night. Anyway" not in (_ask(store, "What did I say about the night?") or "")


def test_a_thing_they_never_spoke_of_is_said_so(store: Store) -> None:
    _say(store, "I can't stand coriander, it tastes like soap to me.")
    assert _ask(store, "Do you remember what I said about the garden?") == (
        "I don't think you've told me about the garden yet. I'd love to hear about it."
    )


def test_an_earlier_question_is_not_an_answer(ruth: Store) -> None:
    _say(ruth, "Tell me about Ruth", "what does my brother do for a living")
    assert _ask(ruth, "What's Ruth like?") == (
        "You told me your sister Ruth lives in Lisbon. You also said she's a cellist."
    )
    assert _ask(ruth, "What does my brother do?") == (
        "You haven't told me what your brother does for work yet. What does he do?"
    )


def test_what_they_said_when_they_met_counts_too(store: Store) -> None:
    told = "I'm closest to my grandmother Ada. We talk daily."
    save_answers(store, USER, Answers(user_name="Theo", relationships=told))
    assert _ask(store, "who's Ada?") == (
        "When we met, you told me you're closest to your grandmother Ada."
    )
    assert _ask(store, "Where does my grandmother live?") == (
        "You haven't told me where your grandmother lives yet. Where does she live?"
    )
    # An answer that is no sentence is said back with what it answered: "you told me close
    # with your brother Karim" was the OS's grammar.
    told = "Close with my brother Karim, but my mother and I argue a lot."
    save_answers(store, USER, Answers(user_name="Nadia", relationships=told))
    said = _ask(store, "Who is Karim?")
    assert said is not None and said.startswith(
        "When we met, you told me about the people close to you: close with your brother Karim"
    )
    # Nor is a list of people that goes on about one of them ("you told me your dog Biscuit");
    # and what it says of one is told of that one alone.
    told = "My dog Biscuit, and my brother Leon who I haven't spoken to in a year."
    save_answers(store, USER, Answers(user_name="Marcus", relationships=told))
    assert _ask(store, "What did I tell you about my brother?") == (
        "When we met, you told me about the people close to you: your brother Leon who you"
        " haven't spoken to in a year."
    )
    _say(store, "Leon texted me out of nowhere. Just said happy birthday.")
    assert _ask(store, "Who is Leon?") == (
        "When we met, you told me about the people close to you: your brother Leon who you"
        " haven't spoken to in a year. You also said Leon texted you out of nowhere. Just said"
        " happy birthday."
    )


def test_a_list_of_people_from_the_first_meeting_is_who_they_are_not_what_is_said_back(
    store: Store,
) -> None:
    told = "My ex-wife Catherine, my friend Paul, my sister Amy"
    save_answers(store, USER, Answers(user_name="Theo", relationships=told, focus="my friends"))
    assert _ask(store, "Who is Amy?") == "Amy is your sister."
    _say(store, "My letter for Paul's birthday made him cry, in a good way.")
    said = _ask(store, "Who is Paul?")
    assert said is not None and said.startswith("Paul is your friend. ")
    assert "cry" in said and "When we met" not in said
    save_answers(
        store, USER, Answers(user_name="Theo", relationships="My brother Sam and my best friend Jo")
    )
    assert _ask(store, "Who is Jo?") == "Jo is your friend."


def test_a_name_said_back_mid_sentence_keeps_its_capital_with_its_s(store: Store) -> None:
    # It was said back as "You also said hana's getting married in June".
    told = "My best friend Hana, and my dad."
    save_answers(store, USER, Answers(user_name="Noor", relationships=told))
    _say(store, "Hana's getting married in June and I'm maid of honour.")
    said = _ask(store, "Who is Hana?")
    assert said is not None and "told me Hana's getting married in June" in said
    # The first meeting's list of who is close ("…and my dad") is who she is, not news of her.
    assert said.startswith("Hana is your friend.")


def test_what_they_said_about_work_includes_work_told_without_the_word(store: Store) -> None:
    # "What did I say about work?" after "I got laid off today." was "You haven't told me".
    _say(store, "I got laid off today. Twelve years at that company.", "It rained all day.")
    answer = _ask(store, "What did I say about work?") or ""
    assert "you got laid off today" in answer.lower() and "rained" not in answer


def test_a_name_asked_from_the_first_meetings_list_is_the_name(store: Store) -> None:
    # "Do you remember my girlfriend's name?" got the whole list said back.
    save_answers(
        store, USER, Answers("Ben", relationships="My mum, my girlfriend Lily, and my mate Josh.")
    )
    assert _ask(store, "Do you remember my girlfriend's name?") == "Yes. Your girlfriend is Lily."


def test_who_someone_named_by_a_pronoun_is_said_with_whose_name_it_is(store: Store) -> None:
    # "Who is Rosie?" was answered "You told me her name is Rosie."
    _say(store, "Claire had a baby girl on Monday! Her name is Rosie.")
    answer = _ask(store, "Who is Rosie?") or ""
    assert "Claire had a baby girl on Monday" in answer and "Rosie" in answer


def test_who_someone_is_from_the_first_meetings_list_alone(store: Store) -> None:
    # A list with someone unnamed in it ("My mum, …") was said back whole to "Who is …?".
    told = "My mum, my husband Arjun, and my friend Leena."
    save_answers(store, USER, Answers(user_name="Priya", relationships=told))
    assert _ask(store, "Who is Leena?") == "Leena is your friend."


def test_when_a_thing_was_done_today_is_answered_from_the_day_it_was_told(store: Store) -> None:
    # "I submitted my thesis today!" was not heard as dated: "You haven't told me when your
    # thesis is yet."
    _say(store, "I submitted my thesis today! Four years!")
    assert _ask(store, "When did I submit my thesis?") == (
        "You told me you submitted your thesis today."
    )
    yesterday = NOW - timedelta(days=1)
    _say(store, "My sister Ruth got her results this morning.", at=yesterday)
    answer = _ask(store, "When did Ruth get her results?")
    # Said another day, the day is named: "this morning" is that morning.
    assert answer is not None and answer.endswith("your sister Ruth got her results this morning.")
    assert answer.startswith("On ")


def test_when_something_they_did_happened_is_answered_from_when_they_told_it(
    store: Store,
) -> None:
    # "When did we argue?" after "We had a big argument about the shop this morning." went to
    # the model ("That must hurt so much."): nothing of theirs was named, so nothing was asked.
    _say(store, "We had a big argument about the shop this morning.", "It rained all day.")
    _say(store, "I signed the divorce papers on Tuesday.")
    assert _ask(store, "When did we argue?") == (
        "You told me you had a big argument about the shop this morning."
    )
    assert _ask(store, "When did I sign the papers?") == (
        "You told me you signed the divorce papers on Tuesday."
    )
    # Asked with the verb's present, told with its past ("found" for "find out").
    _say(store, "I found it doing the accounts last night.")
    assert _ask(store, "When did I find out?") == (
        "You told me you found it doing the accounts last night."
    )
    assert _ask(store, "When did I sell the car?") == (
        "You haven't told me when that was yet. When was it?"
    )


def test_a_pet_named_in_the_next_message_is_found_and_a_worry_is_no_question(store: Store) -> None:
    """Seen with the embedded model: "My mum sent me a video of our dog, I miss him so much."
    then "His name is Tango.", and "What's my dog called?" was "You haven't told me your
    dog's name yet."; "What if I freeze when they ask about my weaknesses?" was answered
    "You haven't told me about your weaknesses yet."; "What's happening with Nadia next
    week?" reached the model ("I'm so happy for you")."""
    _say(store, "My mum sent me a video of our dog, I miss him so much.", "His name is Tango.")
    assert _ask(store, "What's my dog called?") == "You told me about your dog: his name is Tango."
    assert _ask(store, "What if I freeze when they ask about my weaknesses?") is None
    save_answers(store, USER, Answers(user_name="Aisha", relationships="My best friend Nadia."))
    _say(store, "Nadia told me today she has breast cancer.", "She starts chemo next Monday.")
    assert _ask(store, "What's happening with Nadia next week?") == (
        "You told me about Nadia: she starts chemo next Monday."
    )


def test_a_name_in_the_next_message_is_not_given_to_someone_between(store: Store) -> None:
    _say(store, "We walked our dog by the river.", "My brother is staying with us.")
    _say(store, "His name is Tango.")
    assert _ask(store, "What's my dog called?") == (
        "You haven't told me your dog's name yet. What is it?"
    )


def test_twins_named_at_the_first_meeting_are_both_said(store: Store) -> None:
    """Seen with the embedded model: "What are my twins called?" after "My husband Pete and
    our twins, Alfie and Maisie, who are four." was answered with what mattered to her
    ("your twins and your marriage"), and "Who is Maisie?" failed with nothing to say."""
    told = "My husband Pete and our twins, Alfie and Maisie, who are four."
    save_answers(store, USER, Answers(user_name="Nina", relationships=told))
    assert _ask(store, "What are my twins called?") == "Your twins are Alfie and Maisie."
    maisie = _ask(store, "Who is Maisie?") or ""
    assert "Alfie and Maisie" in maisie


def test_a_co_founder_is_a_relation_asked_by_name(store: Store) -> None:
    # "What's my co-founder's name?" was "You haven't told me about your co-founder's yet."
    save_answers(store, USER, Answers(user_name="Ayo", relationships="My co-founder Jake."))
    assert _ask(store, "What's my co-founder's name?") == "Your co-founder is Jake."


def test_what_was_said_of_someone_comes_before_the_first_meetings_list(store: Store) -> None:
    """Seen with the embedded model: "What did I say about my mum?" got "your mum Hodan" and
    what matters most ("Running, my mum, learning to code"), not what they told of her."""
    listed = "My mum Hodan, my coach Fiona, my flatmate Kyle"
    answers = Answers(user_name="Abdi", relationships=listed, focus="Running, my mum, coding")
    save_answers(store, USER, answers)
    _say(store, "I finished my first marathon today!")
    _say(store, "My mum was waiting at the finish with a flag. She never comes to anything.")
    assert _ask(store, "What did I say about my mum?") == (
        "You told me your mum was waiting at the finish with a flag. You also said she never"
        " comes to anything."
    )
    assert _ask(store, "Who is my mum?") == "Your mum is Hodan."


@pytest.mark.parametrize(
    ("told", "question", "expected"),
    [
        # An evening's news asked back: the model told a story of its own, or asked back.
        (
            ("Caught a massive pike today. Biggest in years.", "Bert didn't believe me."),
            "What did I catch today?",
            "You told me you caught a massive pike today.",
        ),
        (
            ("I read one of my poems at the open mic tonight.", "People clapped."),
            "What did I read tonight?",
            "You told me you read one of your poems at the open mic tonight.",
        ),
        (
            ("Jake is engaged.", "Zoe came round with ice cream and we watched terrible films."),
            "Who came round tonight?",
            "You told me Zoe came round with ice cream and you watched terrible films.",
        ),
        (
            ("My horse Duchess is due.", "Duchess foaled last night!", "Mr Grant's cows came."),
            "What happened last night?",
            "You told me Duchess foaled last night.",
        ),
        (
            ("My first track is on the radio!", "Mom called screaming."),
            "What did my mom do?",
            "You told me your mom called screaming.",
        ),
        # A question the records read as one of work had its answer all the same.
        (
            ("I retired today after 41 years at the bank.", "They gave me a clock."),
            "How long did I work at the bank?",
            "You told me you retired today after 41 years at the bank.",
        ),
        # "it" is said with the sentence that says what it is.
        (
            (
                "My wife Meera is upset. Someone smashed the shop window.",
                "Meera wants to close the shop. I've had it 20 years.",
            ),
            "How long have I had the shop?",
            "You told me Meera wants to close the shop. You also said you've had it 20 years.",
        ),
        (
            ("The doctor says it's early Alzheimer's.", "Malcolm says we'll keep playing chess."),
            "What did the doctor say?",
            "You told me the doctor says it's early Alzheimer's.",
        ),
        # "he" is said with the sentence before, which says who he is.
        (
            ("My brother and I haven't spoken in two years.", "Today he walked into my shop."),
            "What happened today?",
            "You told me your brother and you haven't spoken in two years. You also said today"
            " he walked into your shop.",
        ),
        # What someone said, by its verb, not who they are; a "she" after Emma is Emma.
        (
            (
                "My girlfriend Emma is upset.",
                "Emma and I had a huge fight. She says I care more about the band than her.",
                "Joe says girls always say that.",
            ),
            "What did Emma say?",
            "You told me Emma and you had a huge fight. You also said she says you care more"
            " about the band than her.",
        ),
        # A count said after the sentence it counts, and "him" after the one who he is.
        (
            ("We played our biggest show tonight. 800 people.", "I threw up before."),
            "How many people came?",
            "You told me you played your biggest show tonight. 800 people.",
        ),
        (
            ("My barman Seamus is loyal.", "Seamus has worked here for years. I told him today."),
            "Who did I tell today?",
            "You told me Seamus has worked here for years. You also said you told him today.",
        ),
        # The one asked of, for the "she" that opens it, and no "Then".
        (
            ("Grace rang from Leeds. She cried a bit.", "Then she told me she's pregnant!"),
            "What did Grace tell me?",
            "You told me Grace told you she's pregnant.",
        ),
        # Two words are news enough.
        (
            ("My girlfriend Sam is lovely.", "Sam proposed! At the beach, at sunset."),
            "Who proposed to me?",
            "You told me Sam proposed.",
        ),
        (
            ("Bill is in hospital. He fell on the ice.", "Ruth is driving up tonight."),
            "Where is Bill?",
            "You told me Bill is in hospital.",
        ),
        # Where they are doing something now, who did something always, and a count.
        (
            ("Sarah asked me to move out.", "I've been sleeping at my brother's."),
            "Where am I sleeping?",
            "You told me you've been sleeping at your brother's.",
        ),
        (
            ("I got an A!", "Mrs Ahmed said she always knew I could do it."),
            "Who always knew I could do it?",
            "You told me Mrs Ahmed said she always knew you could do it.",
        ),
        (
            ("Tess moved in today.", "We carried a sofa up four flights of stairs."),
            "How many flights of stairs?",
            "You told me you carried a sofa up four flights of stairs.",
        ),
        (
            ("We got our first honey today.", "We filled eleven jars."),
            "How many jars did we get?",
            "You told me you filled eleven jars.",
        ),
        # Of someone just spoken of, of family, when something is, how much they do.
        (
            ("Mum's cancer is back.", "They found it in her liver."),
            "Where did they find it?",
            "You told me they found it in her liver.",
        ),
        (
            ("I told my mum today.", "She was quiet.", "Then she hugged me and said she loves me."),
            "What did mum say?",
            "You told me your mum hugged you and said she loves you.",
        ),
        (
            ("Linda broke her hip.", "She's having surgery tomorrow morning."),
            "When is the surgery?",
            "You told me Linda broke her hip. You also said she's having surgery tomorrow morning.",
        ),
        (
            ("I got into the Academy!", "I've been practising six hours a day."),
            "How many hours a day do I practise?",
            "You told me you've been practising six hours a day.",
        ),
        # What someone told follows their call.
        (
            ("Daniel rang this morning. He and Priya are having twins!", "I had to sit down."),
            "What did Daniel tell me?",
            "You told me Daniel rang this morning. You also said he and Priya are having twins.",
        ),
        # A month that is someone's name keeps its capital ("You told me june had to…").
        (
            ("My wife June is a saint.", "I got lost today.", "June had to come and find me."),
            "Who came to find me?",
            "You told me June had to come and find you.",
        ),
        # What is counted need not have been named: the number answers it.
        (
            ("I got scouted today!", "I scored twice."),
            "How many goals did I score?",
            "You told me you scored twice.",
        ),
        # Still happening, and whose.
        (
            ("I passed my test.", "My brother Karim is still waiting for his papers back home."),
            "Who is still waiting?",
            "You told me your brother Karim is still waiting for his papers back home.",
        ),
        (
            ("Dana's new boyfriend was at Lucy's recital.", "He sat in my seat."),
            "Whose recital was it?",
            "You told me Dana's new boyfriend was at Lucy's recital.",
        ),
        (
            ("It was my last day.", "They threw me a party with a cake shaped like a book."),
            "What was the cake shaped like?",
            "You told me they threw you a party with a cake shaped like a book.",
        ),
        (
            ("The doctor found a lump.", "I have to wait ten days for the results."),
            "How long do I have to wait?",
            "You told me you have to wait ten days for the results.",
        ),
        # A "he" two sentences after the one who names him; a name of two words.
        (
            (
                "Mr Hale died on my shift tonight.",
                "He'd been on our ward for six weeks.",
                "He used to call me 'sunshine'.",
            ),
            "What did Mr Hale call me?",
            "You told me Mr Hale used to call you 'sunshine'.",
        ),
        # Why someone they named did something: the deed, and the reason said after it.
        (
            (
                "My son Yusuf got into trouble at school for fighting.",
                "He says a boy called his sister names.",
                "I'm proud of him.",
            ),
            "Why was Yusuf fighting?",
            "You told me your son Yusuf got into trouble at school for fighting. You also said he"
            " says a boy called his sister names.",
        ),
        # What is asked need not be said by its word: a score, an age, a grade, a part. A
        # title before a name keeps its capital.
        (
            ("We lost the cup final 3-2.", "Coach Jim said it wasn't my fault."),
            "What was the score?",
            "You told me you lost the cup final 3-2.",
        ),
        (
            ("We lost the cup final 3-2.", "Coach Jim said it wasn't my fault."),
            "Who said it wasn't my fault?",
            "You told me Coach Jim said it wasn't your fault.",
        ),
        (
            ("My dad died on Tuesday.", "He was ninety-one.", "The nurses were kind."),
            "How old was he?",
            "You told me your dad died on Tuesday. You also said he was ninety-one.",
        ),
        # An age said of whom it asks, or by the "he" just after him; not a dad's for Rex's.
        (
            ("Rex is our dog.", "He's fourteen.", "My dad was ninety-one."),
            "How old is Rex?",
            "You told me Rex is your dog. You also said he's fourteen.",
        ),
        (
            ("My dad died on Tuesday.", "He was ninety-one."),
            "How old was my dad?",
            "You told me your dad died on Tuesday. You also said he was ninety-one.",
        ),
        (
            ("The results came in this morning.", "I got an A in chemistry!"),
            "What grade did I get?",
            "You told me you got an A in chemistry.",
        ),
        # A sentence without its "it": "Took me three hours" took them, they did not take.
        (
            ("Caught a twelve pound carp this morning.", "Took me three hours to land it."),
            "How long did it take to land?",
            "You told me it took you three hours to land it.",
        ),
        # A mark as a number, money as a sum (the model: "We raised 10,532.").
        (
            ("I got my first essay back and it was a 52.", "Everyone else got firsts."),
            "What mark did I get?",
            "You told me you got your first essay back and it was a 52.",
        ),
        (
            ("We closed our first funding round today!", "Two million from an investor."),
            "How much did we raise?",
            "You told me two million from an investor.",
        ),
        # Which one did it: the one named, not "I" who did it too.
        (
            (
                "My twins started school today.",
                "Ruby ran straight in without looking back.",
                "Max clung to my leg and cried.",
                "I cried in the car after.",
            ),
            "Which twin cried?",
            "You told me Max clung to your leg and cried.",
        ),
        # A share, a race's time, where it happened, which hospital, a count of what is so.
        (
            ("My biggest client just cancelled.", "That's forty percent of our income gone."),
            "What percent of income was it?",
            "You told me that's forty percent of your income gone.",
        ),
        (
            ("I finished my first marathon in four hours and twelve minutes!", "My knees!"),
            "What was my time?",
            "You told me you finished your first marathon in four hours and twelve minutes.",
        ),
        (
            ("I had a panic attack on the bus today.", "I woke up in a panic again."),
            "Where did it happen?",
            "You told me you had a panic attack on the bus today.",
        ),
        (
            (
                "My dad had a heart attack this morning.",
                "He's in intensive care at St Mary's.",
                "The doctors say the next 48 hours are critical.",
            ),
            "Which hospital is he in?",
            "You told me your dad had a heart attack this morning. You also said he's in"
            " intensive care at St Mary's.",
        ),
        (
            ("My biggest client just cancelled.", "I have nine people on payroll."),
            "How many people are on payroll?",
            "You told me you have nine people on payroll.",
        ),
        # Why "he" did it, the reason a sentence on; what he says of it.
        (
            (
                "Our drummer quit the band tonight.",
                "Two days before our biggest show.",
                "He said he's tired of never being paid.",
            ),
            "Why did he quit?",
            "You told me your drummer quit the band tonight. You also said he said he's tired of"
            " never being paid.",
        ),
        (
            ("My son was arrested last night.", "He swears he didn't do anything."),
            "What does he swear?",
            "You told me your son was arrested last night. You also said he swears he didn't do"
            " anything.",
        ),
        # A deed asked in other words: a row is an argument.
        (
            (
                "I had a massive row with my best mate Jonno tonight.",
                "He said I always make everything about me.",
            ),
            "Who did I argue with?",
            "You told me you had a massive row with your best mate Jonno tonight.",
        ),
        # A place's name (the model: "The Red Door."), not the sentence with an "of" in it.
        (
            (
                "We played our first proper gig tonight at the Crown!",
                "Forty people came, and they sang along to the chorus of Paper Boats.",
            ),
            "What was the name of the pub?",
            "You told me you played your first proper gig tonight at the Crown.",
        ),
        (
            ("Auditions were today.", "Mia got the lead in Swan Lake!"),
            "What part did Mia get?",
            "You told me Mia got the lead in Swan Lake.",
        ),
    ],
)
def test_what_happened_is_answered_with_what_they_said(
    store: Store, told: tuple[str, ...], question: str, expected: str
) -> None:
    _say(store, *told)
    assert _ask(store, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What should I call the foal?",
        "Who do I listen to?",
        "What did you do today?",
        # Nobody they spoke of: not what a friend said instead.
        "What did the vet say?",
        "Who could I call?",
        # A why of their own is not a question of what they told.
        "Why did I say that?",
        "Why did Jay leave me?",
        # Asked of the OS, or what they need, not what they told.
        "How old are you?",
        "What grade do I need?",
    ],
)
def test_advice_and_questions_of_the_os_are_not_what_happened(store: Store, question: str) -> None:
    _say(store, "Duchess foaled last night!", "Jay says drop the next track. Tasha says rest.")
    assert _ask(store, question) is None


def test_a_name_asked_of_someone_who_died_is_said_in_the_past(store: Store) -> None:
    """A widower's "What was my wife's name?" was answered "Your wife is Margaret."."""
    told = "My grandson Eli, my neighbour Doris, my wife Margaret who died in March"
    save_answers(store, USER, Answers(user_name="Walter", relationships=told))
    assert _ask(store, "What was my wife's name?") == "Your wife was Margaret."
    assert _ask(store, "What's my grandson's name?") == "Your grandson is Eli."


def test_an_age_said_of_someone_else_is_no_answer(store: Store) -> None:
    _say(store, "My dad was ninety-one.", "Rex is our dog and he is lovely.")
    assert (
        _ask(store, "How old is Rex?") == "You haven't told me how old Rex is yet. How old is it?"
    )


def test_a_list_of_nouns_makes_no_clause() -> None:
    """ "My friends and my exams", answered to what matters most, was said back as a
    sentence of its own: "When we met, you also said your friends and your exams."."""
    assert not has_verb("My friends and my exams") and not has_verb("My kids")
    assert has_verb("My son loves football") and has_verb("My sister's getting married")


def test_what_day_something_is_says_what_matters_as_what_matters(store: Store) -> None:
    save_answers(store, USER, Answers(user_name="Lina", focus="My friends and my exams"))
    _say(store, "My chemistry exam is on Thursday and I don't understand any of it.")
    assert _ask(store, "What day is my exam?") == (
        "You told me your chemistry exam is on Thursday and you don't understand any of it."
        " When we met, you told me about what matters most to you: your friends and your exams."
    )


def test_a_question_with_do_you_know_after_it_is_still_asked(store: Store) -> None:
    """Seen with the embedded model: "Who is my husband again? Do you know?" (moving abroad
    for his job) was answered "Oh no, I'm so sorry."."""
    _say(store, "My husband got a job in Toronto.")
    assert _ask(store, "Who is my husband again? Do you know?") == (
        "You haven't told me your husband's name yet. What is it?"
    )
    _say(store, "My husband Wei got a job in Toronto.")
    assert "Wei" in (_ask(store, "What's my husband called? Do you know?") or "")
