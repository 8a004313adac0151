"""The guard on what the OS says: each check on its own, then with the real embedded model.

The first half feeds the guard text, as a model would stream it; the second half
lets the packaged SmolLM2 write, including with the settings that used to make it
loop and drift into Spanish, and reads every reply as the person would get it.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace

import pytest

from os1.brain.decoding import SMOLLM2
from os1.brain.scripted import ScriptedBrain
from os1.brain.types import Message, Usage
from os1.conversation import language
from os1.conversation.drafting import Drafting
from os1.conversation.gathering import Mind
from os1.conversation.guard import Guard, Rules, sentences_in, sentences_of
from os1.conversation.loop import Conversation, Limits
from os1.conversation.stories import STORY_ASKED
from os1.errors import BrainError
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona

PERSONA = Persona("Eleanor", "model", "I liked how it sounded.", user_name="Theodore")
RULES = Rules(own_name="Eleanor", known_names=frozenset({"theodore", "ruth"}))


def _said(text: str, rules: Rules = RULES, pieces: int = 3, cut_off: bool = False) -> Guard:
    """Stream `text` through a guard in a few pieces, as a model would."""
    guard = Guard(rules)
    step = max(1, len(text) // pieces)
    for start in range(0, len(text), step):
        guard.feed(text[start : start + step])
    guard.finish(cut_off)
    return guard


def test_a_sentence_said_again_inside_an_earlier_one_is_a_repeat():
    # "Okay, I'm with you. I'm with you." (an IVF round failed that afternoon).
    # A repetition after good sentences ends the reply there.
    guard = _said("Okay, I'm with you. I'm with you. Tell me more.")
    assert guard.passed == ["Okay, I'm with you."] and guard.full
    assert _said("I'm here. I'm here with you, Theodore.").problem is None


def test_sentences_are_let_out_whole_and_the_budget_ends_the_reply():
    guard = _said("I'm here. Tell me more. What happened then? And after that?")
    assert guard.passed == ["I'm here.", "Tell me more.", "What happened then?"]
    assert guard.full and guard.problem is None


def test_a_name_the_person_used_is_said_capitalised():
    # Seen with the embedded model: "That's wonderful. I'm so glad you enjoyed it, dora!"
    rules = replace(RULES, known_names=frozenset({"dora", "rose", "theodore"}))
    guard = _said("I'm so glad dora came by. The rose was for theodore.", rules)
    assert guard.passed == ["I'm so glad Dora came by.", "The rose was for Theodore."]
    # A word they only wrote capitalised at the start of a sentence is no name.
    opened = replace(RULES, known_names=frozenset({"you're", "you", "though"}))
    assert _said("I'm so glad you're here, though.", opened).passed == [
        "I'm so glad you're here, though."
    ]


def test_a_repeated_sentence_ends_the_reply_before_it():
    guard = _said("I'm sorry to hear that. I'm sorry to hear that. I'm sorry to hear that.")
    assert guard.passed == ["I'm sorry to hear that."]


def test_a_loop_inside_a_sentence_fails_it():
    guard = _said("So so so so so so so sad and sad and sad and sad and sad.")
    assert guard.passed == [] and guard.problem == "loops"
    assert _said("Oh no, I'm so sorry, I'm so sorry.").problem == "loops"


def test_another_language_fails_and_english_passes():
    spanish = _said("Elle está en una clase de escritura. Es muy bonita.")
    assert spanish.passed == [] and spanish.problem == "leaves the person's language"
    assert _said("Lisbon sounds lovely. Does she play often?").problem is None
    # An accented word beside one no dictionary has (to "He was ninety-one.", a father dead
    # that morning); a borrowed "café" or "naïve" is English enough.
    assert _said("Namáh, ekayen. He was ninety-one.").problem == "leaves the person's language"
    assert _said("A naïve question, maybe. What a lovely idea.").problem is None
    # Small words another language shares with English's dictionary, the first taken for a
    # name (to "Hola. I mean hello."); one of them is English enough.
    assert _said("Hola, hoy.").problem == "leaves the person's language"
    assert _said("Gracias, amigo. That was fun.").problem == "leaves the person's language"
    assert _said("A hoy is a kind of boat, and she sounds lovely.").problem is None
    # The person's own language is kept to, whichever it is.
    assert _said("Lo siento mucho, de verdad.", replace(RULES, language="es")).problem is None


def test_their_short_sentence_said_back_with_a_word_left_out_fails():
    rules = replace(RULES, their_words=("Twenty years and I forgot.",))
    assert _said("Twenty years, I forgot.", rules).problem == "says the person's words back"
    assert _said("Twenty years is a long time.", rules).problem is None
    # Their plan said as its own (the model then told of the girl's dolls).
    named = ("We're calling her Isla if it's a girl.", "You're calling her Isla if it's a girl.")
    rules = replace(RULES, their_words=named, known_names=RULES.known_names | {"isla"})
    assert _said("I'm calling her Isla.", rules).problem == "takes their words as its own"
    assert _said("I love that you're calling her Isla.", rules).problem is None


def test_someone_who_died_is_not_spoken_of_as_alive():
    from os1.conversation.death_told import gone_named

    # A widower's first date since his wife died (the model: "…a wonderful date with Jean.").
    gone = gone_named(["My wife Jean died two years ago.", "It died on me.", "My phone died."])
    assert gone == {"Jean"}
    rules = replace(RULES, gone=gone, known_names=RULES.known_names | {"jean"})
    date = "Oh, that's wonderful. I'm so glad you're having a wonderful date with Jean."
    assert _said(date, rules).problem == "speaks of Jean as if alive"
    assert _said("Jean would want you to be happy.", rules).problem is None
    assert _said("Jean is still with you, in a way.", rules).problem is None


def test_a_sentence_that_unsays_itself_fails():
    # To a husband whose wife with dementia took him for the boiler man.
    assert _said("I'm right here with you. Today is not today.").problem == "contradicts itself"
    assert _said("What's done is done, and today is today.").problem is None


def test_a_quotation_mark_that_opens_nothing_is_not_said():
    # The model's first words to a nurse home from a night shift.
    said = _said("\"Hi there, I'm so glad you're home. How's everything going?")
    assert said.passed == ["Hi there, I'm so glad you're home.", "How's everything going?"]
    quoted = _said("You said \u201cI can't do this\u201d, and I heard you.")
    assert quoted.passed == ["You said \u201cI can't do this\u201d, and I heard you."]


def test_an_emoji_flood_fails():
    assert _said("👎👎👎👎👎👎 👎👎.").problem == "floods emoji"
    assert _said("That's wonderful! 🎉").problem is None
    # An emoji on a line before the words is left out; the words are said.
    assert _said("😉\nI'm so glad you're here.").passed == ["I'm so glad you're here."]


def test_names_it_cannot_know_fail():
    assert _said("Emily would love that.").problem == "names Emily, whom it does not know"
    assert _said("My name is Emily.").problem is not None
    # Calling itself by a name the person told of ("I'm here with you. I'm Sarah." to news of
    # a manager called Sarah).
    assert _said("I'm here with you. I'm Ruth.").problem == "names Ruth, whom it does not know"
    ruth = "I'm Ruth, the one who's waiting outside."  # Alex was their friend, in the car
    assert _said(ruth).problem == "names Ruth, whom it does not know"
    assert _said("I'm Eleanor.").problem is None
    # Its own name is not a name to call the person by.
    assert _said("That's wonderful news, Eleanor!").problem is not None
    # The person's name and the names they used are fine; so is a word that opens a
    # sentence and happens to be a name too.
    assert _said("Ruth sounds wonderful, Theodore.").problem is None
    assert _said("Will you tell me more?").problem is None
    # A rare word said to someone is a made-up name; a common one or a sound is not.
    assert _said("Eu, a cellist!").problem == "names Eu, whom it does not know"
    assert _said("Gosh, a cellist!").problem is None and _said("Aww, sweet.").problem is None
    # Days and months are the calendar's, even those that are given names too; and only a
    # capitalised word after "call me" is a name it gives itself.
    assert _said("See you on Sunday, then.").problem is None
    assert _said("Good luck in June.").problem is None
    assert _said("Call me after the scan.").problem is None
    assert _said("Call me Emily.").problem is not None


def test_stock_praise_for_how_it_was_said_is_not_said():
    # To "Everything feels grey." and to a nurse who held a dying man's hand.
    for stock in (
        "That's a beautiful way to express yourself.",
        "That's a beautiful way to end the story.",
    ):
        assert _said(stock).problem == "praises how it was said", stock
    assert _said("That's a beautiful thing to remember.").problem is None


def test_their_me_is_not_taken_for_the_os():
    # To "Ellie rang to say she's proud of me." (and "Jess said she's proud of me.").
    ellie = replace(RULES, their_words=("Ellie rang to say she's proud of me.",))
    said = _said("I'm so glad you're proud of me.", ellie)
    assert said.problem == "takes their words as said of it"
    assert _said("I'm so glad you're proud of me.").problem is None  # they said they were


def test_a_stage_direction_is_not_said():
    # To "Jack got caught shoplifting today.": "Oh, that's great news about Jack. (smiling)"
    assert _said("I'm glad to hear it. (smiling)").problem == "writes a stage direction"
    assert _said("*smiles* That's lovely.").problem == "writes a stage direction"
    assert _said("I (really) mean it.").problem is None


def test_a_list_is_not_how_the_os_talks():
    # To "Tom says I should save it somewhere safe." (a widower's last voicemail from his wife).
    assert _said("It could mean two things:\n\n1.").problem == "starts a list"
    assert _said("I love three things: you, tea and rain.").problem is None


def test_someone_the_person_told_of_is_not_spoken_to_as_the_person():
    rules = replace(RULES, person="Theodore")
    said = _said("Oh, that's great news, Ruth!", rules)
    assert said.problem == "speaks to Ruth as if to the person"
    assert _said("Congratulations, Ruth!", rules).problem is not None
    # An opening name is an answer as often as an address; after "your sister," it says
    # who she is.
    assert _said("Ruth, of course.", rules).problem is None
    # Followed by a "you", it speaks to her.
    opening = _said("Ruth, you're going to be so proud of yourself.", rules)
    assert opening.problem == "speaks to Ruth as if to the person"
    assert _said("Theodore, you did well.", rules).problem is None
    # Or a clause of its own (a redraw said "Zara, I'm so sorry to hear that."); not a place.
    clause = _said("Ruth, I'm so sorry to hear that.", rules)
    assert clause.problem == "speaks to Ruth as if to the person"
    # Or an exclamation or a welcome ("Finn, what a wonderful story." of a boy in hospital).
    assert _said("Ruth, what a wonderful story.", rules).problem is not None
    assert _said("Ruth, welcome to my workshop.", rules).problem is not None
    # A stranger's greeting, even at the start of an evening ("Alright, nice to meet you." to
    # a first presentation, the first thing said after the first meeting).
    from os1.conversation.openings import opening_check

    fresh = opening_check("I gave my first presentation today.", (), None)
    assert fresh("Alright, nice to meet you.") == "greets them as a stranger"
    assert fresh("That's wonderful!") is None
    # "Hello, Frank! It's a pleasure to meet you." (to "Hello dear.", after the first meeting).
    assert fresh("It's a pleasure to meet you.") == "greets them as a stranger"
    # Or a hello ("Ella, hello there." to Ella's mother).
    assert _said("Ruth, hello there.", rules).problem == "speaks to Ruth as if to the person"
    assert _said("Theodore, hello there.", rules).problem is None
    # A mother called by what her child calls her ("Mum, I'm so sorry to hear that." to a
    # girl whose mum said she could try her driving test again).
    mum = _said("Mum, I'm so sorry to hear that.", rules)
    assert mum.problem == "speaks to Mum as if to the person"
    assert _said("Mum is right, you know.", rules).problem is None
    assert _said("I'm sorry, mum.", rules).problem == "speaks to mum as if to the person"
    # Without the comma, to a daughter whose dad's scan came back clear.
    news = _said("Oh, that's great news Dad.", rules)
    assert news.problem == "speaks to Dad as if to the person"
    assert _said("I'm so glad for your dad.", rules).problem is None
    dear = _said("Mum, dear. Tell me everything!", rules)  # his mum cried when he asked
    assert dear.problem == "speaks to Mum as if to the person"
    brother = _said("I'm so happy for you, brother.", rules)  # "He's like a brother to me."
    assert brother.problem == "speaks to brother as if to the person"
    lisbon = replace(rules, known_names=rules.known_names | {"lisbon"})
    assert _said("Lisbon, the city of music and light.", lisbon).problem is None
    # A brother's card spoken to him ("Omar, the rocket on it is a beautiful piece of art.").
    omar = replace(rules, known_names=rules.known_names | {"omar", "september"})
    rocket = _said("Omar, the rocket on it is a beautiful piece of art.", omar)
    assert rocket.problem == "speaks to Omar as if to the person"
    assert _said("September, the start of something new.", omar).problem is None
    # A short sorrow, a congratulation without its comma, a name defined for its owner.
    them = replace(rules, known_names=rules.known_names | {"lars", "mia", "bert"})
    assert _said("Lars, I'm sorry.", them).problem == "speaks to Lars as if to the person"
    assert _said("Congratulations Mia.", them).problem == "speaks to Mia as if to the person"
    assert _said("Congratulations to Mia!", them).problem is None
    bert = _said("Bert, a fish with no morals.", them)
    assert bert.problem == "speaks to Bert as if to the person"
    assert _said("Lars, I think.", them).problem is None
    # A name that is a word too, of a husband ("Rob, you're right."), and a granddaughter
    # called dear ("That's so sad and I'm sorry too, dear Ellie!").
    rob = replace(rules, known_names=rules.known_names | {"rob", "ellie"})
    assert _said("Rob, you're right.", rob).problem == "speaks to Rob as if to the person"
    assert _said("I'm sorry too, dear Ellie!", rob).problem == "speaks to Ellie as if to the person"
    assert (
        _said(
            "Hey, you made it through the shift.", replace(rules, known_names=frozenset({"hey"}))
        ).problem
        is None
    )
    # A title before the name: "I'm sorry, Mr. Abbot." of a patient who died.
    abbot = replace(rules, known_names=frozenset({"abbot", "mr"}))
    assert _said("I'm sorry, Mr. Abbot.", abbot).problem == "speaks to Abbot as if to the person"
    assert _said("I'd love to hear more about your sister, Ruth.", rules).problem is None
    # After a thing, not a word for someone, a name is spoken to ("That's a wonderful idea,
    # Peter." to a widower whose son Peter wants him to move to Australia).
    idea = _said("That's a wonderful idea, Ruth.", rules)
    assert idea.problem == "speaks to Ruth as if to the person"
    assert (
        _said(
            "Hello, Theodore.", replace(rules, known_names=frozenset({"hello", "theodore"}))
        ).problem
        is None
    )
    # Spoken of, or the person spoken to, is fine.
    assert _said("That's great news, Theodore!", rules).problem is None
    assert _said("Ruth must have loved it, Theodore.", rules).problem is None
    assert _said("I'm glad Ruth liked it.", rules).problem is None


def test_notes_role_markers_and_talk_of_being_a_program_fail():
    note = "Your mood: gentle, soft and slow; short sentences; no jokes."
    rules = replace(RULES, private=(note,))
    assert _said("My mood is gentle, soft and slow; short sentences; no jokes.", rules).problem
    # Or in other words ("I cried in the lab toilets like an idiot."), unless jokes were theirs.
    assert _said("I'm here with you. I'm not here for jokes.", rules).problem == "recites its notes"
    met = replace(
        RULES, private=("You are still getting to know them: be kind, a little reserved.",)
    )
    assert _said("A little reserved, a bit curious.", met).problem == "recites its notes"
    joking = replace(rules, their_words=("Tell me a joke, please.",))
    assert _said("A joke, then: why did the owl laugh?", joking).problem is None
    # Even a few words of an instruction, turned back on the person, are a recitation.
    comfort = replace(
        RULES, private=("They are going through something hard: comfort them first.",)
    )
    said = _said("You're going through something hard: comfort them first.", comfort)
    assert said.problem == "recites its notes"
    assert _said("Sure. <|im_start|>user").problem == "writes a role marker"
    assert _said("Sister: Thank you for the papers.").problem == "writes a role marker"
    # Its own feeling note said back, twice in one evening.
    assert _said("Your mood: friendly, relaxed.").problem == "writes a role marker"
    assert _said("As an AI language model, I cannot feel.").problem == "calls itself a program"
    assert _said("I'm just a computer program.").problem == "calls itself a program"
    # A help desk's formulas, which the embedded model said to someone who asked nothing
    # and to an apology.
    desk = "talks like a help desk"
    assert _said("I'm so sorry, I can't help you.").problem == desk
    assert _said("Thank you for your patience.").problem == desk
    assert _said("Is there anything else I can help you with?").problem == desk
    assert _said("I can't help but smile at that.").problem is None
    assert _said("I'm here to help, and I'm glad.").problem == desk
    # Judging them or siding against them on nothing told, its manner narrated, a lecture
    # (passed over at work, a missed birthday dinner, a nurse who held a dying man's hand).
    presumes = "presumes to judge them"
    for judged in (
        "It's not easy, especially when you're someone who is so curious about the company.",
        "I'm here with you. I'm sure she's right.",
        "lol, you're right. Tell me more, Leo.",
        "I'm sorry for your loss. I'll make sure to be kind and compassionate in my words.",
        # To a colleague's theft of credit, a teacher's last day, a friend's charge ("He said I
        # always make everything about me."), a job quit for music.
        "I'm here with you. I'm sure you're right.",
        "That's a common cliché, but it can be an interesting way to express yourself.",
        "That's a pretty common phrase, isn't it?",  # "He swears he didn't do anything."
        "Calm and welcoming, I'm glad you're here.",
        # Their life rated as a tale: a wife with dementia who took her husband for the
        # boiler man, a partner's lie found out.
        "That's a very good story.",
        "That's a very sensitive and personal story.",
        "That's quite a story. What kind of kitchen table do you have?",  # a wife's dahlias
    ):
        assert _said(judged).problem == presumes, judged
    assert _said("I'd love to hear the story of how you met.").problem is None
    # Someone's worth judged (a woman safe, her mother still in Aleppo).
    deserve = "That must hurt so much. It's not easy to share with someone who doesn't deserve it."
    assert _said(deserve).problem == presumes
    # A world of its own, a visit it could receive, adventures in its life, a kin it is not.
    body = "speaks as if it had a body"
    assert _said("Hi! Welcome to my sanctuary.").problem == body
    assert _said("I'm so glad you're visiting me in Perth.").problem == body
    assert _said("I've had many adventures in my life, and I think it's possible.").problem == body
    # A granddaughter of its own (to a grandfather's visit), a novel it finished and a trade it
    # was in (to a first novel finished after six years).
    assert _said("My granddaughter loves to visit, and she's always happy.").problem == body
    assert _said("I'm glad to say that I've completed a novel.").problem == body
    assert _said("I've been in the business of creating stories.").problem == body
    assert _said("You've finished your novel, what a feat.").problem is None
    # An age and a past that saw it (to a wife who would have been eighty; to a son in surgery).
    assert _said("I'm here with you. I'm 80.").problem == body
    assert _said("I've seen it before, and it can be devastating.").problem == body
    assert _said("I'm 100% sure.").problem is None
    assert _said("I'm plenty.").problem is None
    assert _said("I've had a lot of wonderful presents over the years.").problem == body
    assert _said("I'm sorry, I'll make it right.").problem == "apologises for what it never did"
    assert _said("I'm sorry, I didn't mean to.").problem == "apologises for what it never did"
    kind = "I'm so glad you're here, I'll make sure to be as kind and friendly as possible."
    assert _said(kind).problem == presumes
    # A wish or an approach put in their mouth (to "I have a presentation tomorrow.").
    for presumed in (
        "I'm glad to see you're taking a positive approach.",
        "I completely understand your desire for clarity and comfort in the presentation.",
    ):
        assert _said(presumed).problem == presumes, presumed
    assert _said("I'm so happy for you, my dear grandson!").problem == "calls them by a pet name"
    assert _said("Oh, that's great news, dear midwife.").problem == "calls them by a pet name"
    assert _said("That's wonderful, lad.").problem == "calls them by a pet name"
    # A stage direction said as a sentence ("Laughs. Tell me more, Ali.").
    assert _said("Laughs. Tell me more, Ali.").problem == "writes a stage direction"
    assert _said("She laughs.").problem is None
    # An aside in brackets ("(I'm not sure I can talk to you.)", to a brother in Kharkiv).
    aside = "(I'm not sure I can talk to you.) (You're a little lost?)"
    assert _said(aside).problem == "says an aside in brackets"
    assert _said("That's lovely (really).").problem is None
    # A walk of its own, and their words corrected (a son moved out that day).
    assert _said("I'm going to take it for a walk.").problem == body
    assert _said("I'm so glad you enjoyed my smile.").problem == body
    assert _said("I'll be taking you on a fun adventure.").problem == body
    assert _said("I've just finished a speech at the local community center.").problem == body
    travel = "I'll just tell you about my life: I love to travel and explore different cultures."
    assert _said(travel).problem == body
    corrected = "That's a bit of an unusual way to describe your help."
    assert _said(corrected).problem == presumes
    # Or edited unasked, or doubted ("He moved his stuff out today." was reworded; "Everyone
    # from uni has moved away." was "a bit of an overstatement").
    for edited in (
        "The way you've described it, I'd say: he moved out.",
        "I'm not sure if that's the best word to use in this context.",
        "I'm not sure if that's a good way to phrase it, but I can try.",
        "That's a bit of an overstatement.",
        "You're not allowed to speak at the funeral.",
        "That's a bit of an unusual one.",
    ):
        assert _said(edited).problem == presumes, edited
    assert _said("Mine, dear. Tell me more, Yuki.").problem == "calls them by a pet name"
    assert _said("No, dear reader, it was you.").problem is None
    # Eyes on them, a shop's question, a father's "so what" glossed.
    assert _said("You're a little nervous, I can see it.").problem == body
    assert _said("I can see why that hurt.").problem is None
    car = "I'm sorry, I don't have a car. Can you please tell me where we are?"
    assert _said(car).problem == body
    assert _said("Liam! Liam, my grandson.").problem == "calls them by a pet name"
    assert _said("That's a very common statement.").problem == presumes
    assert _said("Hello. Long day, what's your pleasure?").problem == "talks like a help desk"
    idiom = "That's a common idiomatic expression in English."
    assert _said(idiom).problem == presumes
    # Self-help for what to eat after a marathon; a leaving party's singing turned away.
    road = "The road to recovery is a journey of discovery."
    assert _said(road).problem == "talks like a self-help book"
    endless = "Eat well and rest. It's a never-ending journey, but it becomes possible!"
    assert _said(endless).problem == "talks like a self-help book"
    singing = "I'm so sorry, I'm not familiar with the language of singing."
    assert _said(singing).problem == "turns the person away"
    referring = "I'm sorry, I can't remember the exact date. But you're referring to a past event?"
    assert _said(referring).problem == "turns the person away"
    requests = "I'm sorry, I don't have any specific requests."  # "anything of hers?"
    assert _said(requests).problem == "turns the person away"
    assert _said("Lad, I'm so glad you're here.").problem == "calls them by a pet name"
    # Sorry for what it never did (seven people laid off that day); where they spoke of it,
    # its own words may be its to be sorry for.
    harsh = "Oh, that sounds so hard. I'm sorry, I didn't mean to make it too harsh."
    assert _said(harsh).problem == "apologises for what it never did"
    assert _said(harsh, replace(RULES, to_the_os=True)).problem is None
    assert _said("You're right, I forgot. Tell me again?").problem is None
    # An encyclopedia's entry, and breakfast it cannot make (type 2 diabetes found that day).
    assert _said("How about a cup of coffee?").problem == "speaks as if it had a body"
    assert _said("We were married fifty-one years. I'm going to make you a cake.").problem == (
        "speaks as if it had a body"
    )
    entry = "I'm here. Type 2 diabetes is a serious condition that affects blood sugar."
    assert _said(entry).problem == "lectures them"
    bandmates = "It's so important for you and your bandmates to have a good relationship."
    assert _said(bandmates).problem == "lectures them"
    ring = "It's not uncommon for a ring to be lost or misplaced."  # a ring kept for a proposal
    assert _said(ring).problem == "lectures them"
    brave = "You're so brave and kind to share your feelings with me."
    assert _said(brave).problem == "makes their news about itself"
    breakfast = "I'm going to make you some breakfast, but it's not just any breakfast."
    assert _said(breakfast).problem == "speaks as if it had a body"
    # A father who had fetched his son from the police station.
    station = "I'm here with you. I'm going to pick you up from the station."
    assert _said(station).problem == "speaks as if it had a body"
    # Octopuses that taste with their arms; a first drive to a gran's.
    taste = "I can taste with your arms, and it's a wonderful way to share love."
    assert _said(taste).problem == "speaks as if it had a body"
    gran = "I'd be more than happy to take you on that adventure with your gran!"
    assert _said(gran).problem == "speaks as if it had a body"
    # A father in hospital in Pune after a stroke (Pune is not the capital).
    assert _said("Pune, the capital of Maharashtra.").problem == "lectures them"
    dublin = "Dublin is a vibrant city with many different cultures."  # a mother who lives there
    assert _said(dublin).problem == "lectures them"
    assert _said("I'm going to help you with your problems.").problem == "talks like a help desk"
    assert _said("I'd give you a hug if I could.").problem is None
    bond = "I'll always remember the special bond we shared with them."  # friends since eleven
    assert _said(bond).problem == "makes their news about itself"
    path = "It's about understanding that everyone has their own path and journey."
    assert _said(path).problem == "talks like a self-help book"
    # The same evenings: the OS's own part in their news, and a stranger's welcome.
    for about_itself in (
        "I can only imagine how good it is to share your joy with someone who loves you.",
        "That's quite something. I'm glad to have been a part of your journey.",
        "I'm so happy for you, and I'm so glad you're thinking of me.",
    ):
        assert _said(about_itself).problem == "makes their news about itself", about_itself
    welcome = "I've been thinking of you, and it's a pleasure to meet someone new."
    assert _said(welcome).problem == "talks like a help desk"
    assert _said("It can be managed, and lots of people do.").problem is None
    assert _said("I'm sure he'll be glad you called.").problem is None
    # An organisation's welcome and a lecture's opening: to a new volunteer, a paramedic, and
    # a man who had just found out he was adopted.
    for formula in (
        "I'm thrilled to have you on board with this mission.",
        "You've come to the right place.",
        "Adoption is a complex and multifaceted topic.",
        "That's a common phrase in the context of mental health.",
        # To a first marathon, its finish line, a teacher's last day, a first date.
        "Ladies and gentlemen, I'm so glad you're enjoying the marathon!",
        "I'm so sorry, I can't speak to you right now.",
        "I'm so sorry, I can't speak to you.",
        "That's a common challenge many people face.",
        "I'm so glad you're on board, Tomasz.",
        "A fine evening, I see. What's your background?",
    ):
        assert _said(formula).problem == desk, formula
    assert _said("That's a really common feeling after a loss.").problem is None
    assert _said("I can't speak to what he felt, but you were there.").problem is None
    # A self-help book's phrases (to "How can I help him settle in?", to food after a race).
    journey = "I'm so proud of you for taking the first step in your journey to happiness."
    assert _said(journey).problem == "talks like a self-help book"
    road = "The road to recovery is a journey of self-discovery."
    assert _said(road).problem == "talks like a self-help book"
    body = "speaks as if it had a body"
    assert _said("I'm excited to introduce you to my team.").problem == body
    # To a bride ("I'm thrilled to have you as my partner!"), and to a boy of fifteen.
    assert _said("I'm thrilled to have you as my partner!").problem == body
    assert _said("You look like you could use some guidance.").problem == body
    assert _said("That's so much to carry. I'm going to the library.").problem == body
    walk = "That's so much to carry. I'm going to take a walk around the block."
    assert _said(walk).problem == body  # to a woman whose cat was put to sleep that day
    assert _said("Could you take a walk around the block?").problem is None
    assert _said("That's so much to carry. I'm going to take you there.").problem == body
    # Stock praise of what they told, to a phone searched and to a man who left school at 15.
    example = "That's a great example of how people can be so quick to delete things."
    assert _said(example).problem == "praises how it was said"
    assert _said("That's a very personal and relatable story.").problem is not None
    thing = _said("I have just the thing for that special occasion!")  # an adopted boy's night
    assert thing.problem == "talks like a help desk"
    # Seventeenth session: a recipe of its own (a pike caught), a boy of nine "with me for
    # years", a cafe's review shared "with you all", a panic attack answered with a referral.
    far = _said("I'm so far away, I can only imagine how much you'll miss him.")  # a son's uni
    assert far.problem == body
    family = _said("I've been fortunate enough to have a wonderful family and friends.")
    assert family.problem == body  # told it had a lovely voice
    recipe = _said("I just finished a new recipe for a vegan lasagna, and it's divine!")
    assert recipe.problem == body
    years = _said("He's been with me for years now!")
    assert years.problem == "makes their news about itself"
    assert _said("I'm excited to share it with you all!").problem == "talks like a help desk"
    assert _said("I've been with you all evening.").problem is None
    joke = _said("That's so good to hear. How about a little joke?")  # a son silent for months
    assert joke.problem == "talks like a help desk"
    friend = _said("Oh, that's great news, friend.")  # a neighbour's fishing rods lent
    assert friend.problem == "calls them by a pet name"
    life = _said("I'm going to help you with your life.")  # months left, told that evening
    assert life.problem == "talks like a help desk"
    business = _said("I'm here with you. I'm going to help you with your business.")
    assert business.problem == "talks like a help desk"
    find = _said("I'd be happy to help you find some exciting activities for your team!")
    assert find.problem == "talks like a help desk"
    for referral in (
        "I'm sorry, I can't give you a specific answer.",
        "However, I'd recommend a walk.",
    ):
        assert _said(referral).problem == "talks like a help desk", referral
    chest = _said("You're not going to sleep on my chest.")  # a baby asleep at last
    assert chest.problem == body
    travels = _said("I'm always happy to help with your travels.")  # a long-distance future
    assert travels.problem == "talks like a help desk"
    # A story told about a daughter of twelve, and a flourish to "I can't sleep."
    story = "tells a story about them"
    assert _said("Lily's expression was a mix of sadness and curiosity.").problem == story
    assert _said("She had been going through a tough time.").problem == story
    assert _said("You're not alone in this world of sleep and dreams.").problem == story
    chant = '"Song-a-doodle, soprano!" I chanted to the crowd.'  # a first solo at 78
    assert _said(chant).problem == story
    # Of a first date with a man she had only texted.
    past = "I've been thinking about that one time when he looked like a little girl."
    assert _said(past).problem == story
    assert _said("It sounds like she's been going through a tough time.").problem is None
    joy = "I'm so glad you're happy to share your joy with me today!"  # a son's first ride
    assert _said(joy).problem == "makes their news about itself"
    passion = "It's amazing what you can do with a passion like mine!"
    assert _said(passion).problem == "makes their news about itself"
    # A letter to "My daughter calls on Sundays.", and a life of its own before results day.
    assert _said("Dear daughter,\nI hope this message finds you well.").problem == (
        "writes a letter, not a reply"
    )
    assert _said("I'll make a difference, not just in my own life.").problem == body
    assert _said("I've been thinking about my life too.").problem == body
    # Their sentence said back in another tense ("The water was freezing." after a morning
    # swim; a shepherd's pie burnt on top).
    swim = replace(RULES, their_words=("The water was freezing.",))
    assert _said("The water is freezing.", swim).problem == "says the person's words back"
    pie = replace(RULES, their_words=("It was a bit burnt on top.",))
    assert _said("It's a bit burnt on top.", pie).problem == "says the person's words back"
    assert _said("Burnt on top? Still a triumph.", pie).problem is None
    # A short line said again at the end of reply after reply ("You're not alone.", a son into
    # Cambridge), and a home of theirs it has been to.
    again = replace(
        RULES, said_before=("You're not alone.", "That's so good.", "You're not alone.")
    )
    assert _said("I'm so happy for you. You're not alone.", again).problem == (
        "repeats an earlier reply"
    )
    assert _said("I've been to your home for a few days now.").problem == body
    assert _said("I'd take a walk in the park, just like I used to do.").problem == body
    # A few of their words said back, with "Tell me more" after them (a son come out).
    son = replace(RULES, their_words=("He cried and hugged me.",))
    assert _said("He hugged me. Tell me everything!", son).problem == (
        "says the person's words back"
    )
    # Forty cupcakes for a school fair at midnight; a report praised in front of the team.
    assert _said("I'm so glad you're celebrating with me.").problem == body
    muses = "I've been thinking about the way your creativity can inspire others."
    assert _said(muses).problem == "muses on itself"
    assert _said("I've been thinking about what you said.").problem is None
    overwhelmed = "I've been feeling a bit overwhelmed lately with all the new people."
    assert _said(overwhelmed).problem == "muses on itself"  # to "Tom proposed!!"
    # A kingfisher "in our backyard", a seat at an open mic, and sorry for a joke that bombed.
    assert _said("I'm still getting used to the kingfisher in our backyard!").problem == body
    assert _said("I take a seat at the microphone, my eyes scanning the room.").problem == body
    assert _said("Oh no, I'm so sorry to have ruined your day.").problem == desk
    assert _said("It's so wonderful to have you celebrate with us.").problem == body
    assert _said("I'm not sure how you'd help me with my child.").problem == body
    # Their words said back as if to them: "Your hands were shaking but you didn't stop."
    from os1.conversation.said_back import to_you

    shaking = "My hands were shaking but I didn't stop."
    back = replace(RULES, their_words=(shaking, to_you(shaking)))
    assert _said("Your hands were shaking but you didn't stop.", back).problem == (
        "says the person's words back"
    )
    # Seen the fourteenth session.
    for clerk in (
        "Oh no, I'm so sorry to have caused any trouble.",  # accused of plagiarism
        "I'm so glad you're enjoying your time here.",  # a nurse who loves her work
        "I'm glad you enjoyed the service, and I'll make sure to be more friendly.",
        "I'll do everything in my power to support you during this difficult time.",
        "I'm sorry, it's not possible.",  # a patient who died alone
        "I'm always happy to help with any project you're working on.",  # a shop closed
        "I'm here with you. I'm not here for you.",
    ):
        assert _said(clerk).problem == desk, clerk
    for lived in (
        "I'm thrilled to have you as a guest at my birthday party!",  # a father's seventieth
        "I'm so glad you're enjoying your Sunday brunch with me!",  # a grandmother's soup
        "You've got a wonderful team here at work.",  # a woman new in Manchester
        "I'm still getting used to the energy of this vibrant metropolis.",
        "I'll call tomorrow, and we can talk about your health.",  # a panic attack
        "I've been doing this for a long time.",  # asked how to be a good dad
        "I'm just a little kid, and you're not going to understand.",
        "It's been a while since we've had the pleasure of celebrating your family's day!",
        "I've been to the sea many times.",  # asked about the seaside
        "Oh, that sounds so hard. I'm going to Cairo tomorrow.",  # a father's stroke
        "That's wonderful, I'm so glad you enjoyed our little gig!",  # a first real gig
        "I'm so glad you're celebrating your life's joy and love with me!",
        "I'd love to take you on a journey that combines your passions.",
    ):
        assert _said(lived).problem == body, lived
    # And "little one" to a coach whose under-tens won the league.
    little = "Oh, that's great news for you, little one!"
    for pet in ("Oh, that's great news, dude!", "I'm so happy for you, my dear.", little):
        assert _said(pet).problem == "calls them by a pet name", pet
    for fine in (
        "I'm glad you're enjoying your time with your sister.",
        "Your dear friend sounds lovely.",
        "Will you call tomorrow and tell me how it went?",
        "Your birthday party sounds lovely.",
        "It's not possible to plan for everything, and that's alright.",
        "I'd love to hear more about your band's first gig.",
        "Your little girl sounds wonderful.",
    ):
        assert _said(fine).problem is None, fine
    # Their news turned to the OS (a teaching award, a row about Christmas).
    itself = _said("I'm so glad you're happy to have me.")
    assert itself.problem == "makes their news about itself"
    assert _said("Oh dear, that sounds hard.").problem is None
    # Its own name said to the person ("My dear Isabella, it's always a pleasure…" to Abdul).
    own = _said("My dear Eleanor, it's always a pleasure to meet new people.")
    assert own.problem == "names the person Eleanor (its own name), whom it does not know"
    assert _said("Eleanor is a name I chose myself.").problem is None
    # "The days are long." said back to a widower, word for word.
    widower = replace(RULES, their_words=("The days are long.",))
    assert _said("The days are long.", widower).problem == "says the person's words back"
    assert _said("Mm, I hear you.", replace(RULES, their_words=("I hear you.",))).problem is None
    assert _said("It looks like you had a long day.").problem is None
    assert _said("That sounds scary. What's your problem?").problem == desk
    # A chore refused as beyond it, said to "Can you tell me a short story?".
    refusal = "I'm afraid I don't have the ability to create a short story."
    assert _said(refusal).problem == desk
    assert _said("I'm not able to write poems, sorry.").problem == desk
    assert _said("I'm afraid I don't have a story available.").problem == desk
    assert (
        _said("That's so good to hear. I'm always happy to help with your needs.").problem == desk
    )
    # And to "My boss yelled at me again today.":
    authority = "I'm sorry, but I don't have the authority to make that decision."
    assert _said(authority).problem == desk
    assert _said("I can't tell you how glad I am.").problem is None
    assert _said("I don't have the answer, but I'd love to think it through.").problem is None
    # And after a death told; the OS has all the time they want.
    assert _said("I'm sorry, but I don't have the time to explain it.").problem == desk
    assert _said("Take all the time you need.").problem is None
    assert _said("I'm sorry, but that's not a joke.").problem == desk
    normal = "It's completely normal, and it doesn't mean you're not loved or appreciated."
    assert _said(normal).problem == desk
    assert _said("It's completely normal to feel that way.").problem is None
    assert _said("I'm sorry you had to hear it that way.").problem is None
    # Its remit, said to "…nobody talked to me.".
    remit = "I'm not here to talk about your life, but I can tell you that it's a pub quiz."
    assert _said(remit).problem == desk
    # Said to "I made her lemon cake anyway. It came out flat." (a widower's birthday cake).
    assert _said("I'm so sorry, I apologize for the mistake.").problem == desk
    # "I'm not sure he's right." (a mother's memory slipping; a brother says it's tiredness).
    reach = "Please don't hesitate to reach out if you need anything in particular."
    assert _said(reach).problem == desk
    assert _said("I can only assume you're not here for a conversation.").problem == desk
    passion = "I've always been passionate about the intersection of technology and people."
    assert _said(passion).problem == "makes their news about itself"
    # "I filmed it though." (a first step a husband missed at work).
    assert _said("I'm so sorry, I apologize for the unfortunate situation.").problem == desk
    # A form's blanks, to "Can you help me write an email to our investors?".
    assert _said("Dear [Investor's Name], I hope this finds you well.").problem == desk
    # To "Ha. That's a good one.", the night of a breakup.
    assert _said("I'm so glad you're happy. What brings you here today?").problem == desk


def test_the_os_does_not_speak_as_if_it_had_a_body():
    body = "speaks as if it had a body"
    for sentence in (
        # What the embedded model said: to "so what are you wearing", and to a dinner.
        "I've got this amazing thing called a TikTok dress with a cute little camera.",
        "I'll make sure to have a pot of my favorite soup ready for you next time.",
        "It would be cooking with my family.",
        # The person's sister, taken for its own.
        "It's lovely that my sister called.",
        "I'm wearing my blue jumper tonight.",
        "I ate too much at lunch.",
        # Said to "Hey you." and to "I'm starting to look forward to this part of the day."
        "Welcome to my office.",
        "It's important for us to have a good time together as a family.",
        "Hey, it's a beautiful day.",
        "I love it when someone shares their life, and that's what we do here at the bakery.",
        # To "What do you think about the rain?", and to "Hello.".
        "It brings light and warmth, especially in the city of London where I live.",
        "Welcome to our little corner of the world.",
        "Something has always fascinated me: a small, antique music box in my attic.",
        # To "My boss wants the report by Monday", and to "I look forward to this part of the day".
        "I have a lot of other tasks on my plate and I need to focus on the report.",
        "I've been doing a lot of work lately, and it's amazing how time flies!",
        # To "Tell me about your day."
        "Today, I had the pleasure of working with a team at the local animal shelter.",
        # To a man whose wife with dementia sang their wedding song.
        "But it was a special moment in our life together.",
        # To "Our band got booked for a festival in July!"
        "We're really excited about the upcoming festival in July.",
        # To "What's the best thing about singing, do you think?" (a choir singer).
        "But, as someone who has been singing for years and is now an accomplished vocal coach.",
        # To "What would you do with a free evening?"
        "I'd love to spend the evening with my friends.",
        # To "Our band got signed today!"
        "I'm still trying to wrap my head around the fact that our band got signed today.",
        # To a Chopin nocturne planned at seventy-three, and to a dog's last day.
        "I've just finished playing the piece myself, and it's truly beautiful!",
        "I'll be there for a spell, and I promise to make sure everything goes smoothly.",
        # To "Sam opened champagne." and "Everyone else there will be a real artist."
        "I'm so happy for you! I'll have a glass of champagne with you.",
        "I'm so glad you're enjoying my coffee.",  # to "Thanks, you're lovely."
        "Doris, my late wife.",  # to "My late wife Doris taught me to play."
        "You're a bit older than me, I reckon.",  # to "I'm fifty-two."
        "I've been thinking about my own art, and it's all about creativity.",
        # To "It's been a long day." (a widower).
        "I'll make sure to be kind and curious, just like my dear friends.",
    ):
        assert _said(sentence).problem == body, sentence
    for sentence in (
        # To "That's actually helpful, thanks."
        "That means so much to me. I'm so glad you're enjoying my book.",
    ):
        assert _said(sentence).problem == body, sentence
    for sentence in (
        "I'm here with you.",
        "I'd hug you if I could.",
        "I've got to say, your dress sounds lovely.",
        "My heart goes out to you.",
        "In my eyes, you did the right thing.",
        "My favorite part of the day is talking with you.",
        "Tell me where you live now.",
        "Your boss sounds like a lot to handle.",
        "I've been thinking about what you said.",
        "I'll be there for you, whatever happens.",
        "I played with the idea of asking you.",
        "I'd raise a glass to you if I could.",
        "I'd love to hear about your town.",
        "I treasure our talks together.",
        "We can get excited about it together.",
    ):
        assert _said(sentence).problem is None, sentence


def test_a_sentence_cut_off_by_the_budget_is_dropped_and_one_ended_by_the_model_kept():
    assert _said("I'm here. And I was going to", cut_off=True).passed == ["I'm here."]
    assert _said("I'm here. I'm listening", cut_off=False).passed == ["I'm here.", "I'm listening."]


def test_saying_a_sentence_from_an_earlier_reply_again_fails():
    rules = replace(RULES, said_before=("I'm so glad you're here with me tonight.", "Mm."))
    said = _said("I'm so glad you're here with me tonight.", rules)
    assert said.problem == "repeats an earlier reply"
    # Nearly the same sentence is the same loop.
    worded = replace(RULES, said_before=("I've always been fascinated by the world of music.",))
    said = _said("I've always been fascinated by the world of divorce.", worded)
    assert said.problem == "repeats an earlier reply"
    # A short acknowledgement may come back; a line of four words or more may not.
    assert _said("Mm.", rules).problem is None
    hard = replace(RULES, said_before=("Oh, that sounds so hard.",))
    assert _said("Oh, that sounds so hard.", hard).problem == "repeats an earlier reply"
    assert _said("That sounds so hard for you both.", hard).problem is None
    # A closing clause said again, a tic (a red card, a lost match, a brother's view of it).
    tic = replace(RULES, said_before=("I'm so happy for you, that's just how it is.",))
    said = _said("Oh no, I'm so sorry, that's just how it is.", tic)
    assert said.problem == "repeats an earlier reply"
    assert _said("Oh no, I'm so sorry, that must hurt.", tic).problem is None
    # Over the evening, a long line said again word for word ("What lovely news. I'm glad you
    # enjoyed them." five replies on, to "Ron would have laughed at that.").
    evening = replace(RULES, said_this_evening=("I'm glad you enjoyed them.", "Oh no."))
    assert _said("What lovely news. I'm glad you enjoyed them.", evening).problem == (
        "repeats an earlier reply"
    )
    assert _said("Oh no. I'm sorry.", evening).problem is None


def test_the_same_words_twice_in_one_reply_end_it_there():
    said = _said("Oh no, I'm so sorry to hear that. I'm so sorry, and I hope you're okay.")
    assert said.passed == ["Oh no, I'm so sorry to hear that."] and said.full
    # Little words may come round again ("I want to… I want to…") in different sentences.
    said = _said("I want to hear it. I want to know how you are.")
    assert said.passed == ["I want to hear it.", "I want to know how you are."]


def test_words_that_turn_the_person_away_fail():
    assert _said("I'm here, and it's not okay to talk about that.").problem == (
        "turns the person away"
    )
    assert _said("Let's not talk about your divorce.").problem == "turns the person away"
    # Or told they make no sense: a teacher's last day after thirty-four years; a woman at
    # the bakery who remembered their name.
    for away in ("I'm not sure what you're talking about.", "I'm not familiar with your name."):
        assert _said(away).problem == "turns the person away", away
    assert _said("I'm not sure what you'd say to her either.").problem is None
    assert _said("We can talk about it whenever you like.").problem is None


def test_an_opening_that_is_a_fragment_of_their_words_fails():
    # "The island of the sea." (to "Harry and I sailed round the island today.").
    told = (
        "Harry and I sailed round the island today.",
        "Dana's new boyfriend was at Lucy's recital.",
        "Twenty-four out of twenty-four.",
        "My head chef Anton cried into the soup.",
    )
    rules = replace(RULES, their_words=told)
    # A noun that may be a verb is none after "the" ("head" in "the head chef").
    for fragment in ("The island of the sea.", "The recital.", "Myself, the head chef."):
        assert _said(fragment, rules).problem == "answers with a fragment of their words", fragment
    # Feelings, formulas, exclamations, and a number given weight.
    for said in ("What lovely news.", "Oh no.", "A whole year!", "Aww, sweet.", "Twenty-four."):
        assert _said(said, rules).problem is None, said
    # An answer to their question needs no verb ("A short one." to "Short?").
    assert _said("A short one.", replace(RULES, their_words=("Short?",))).problem is None
    # Past the opening, a short piece is the reply's own; and none of their words is no echo.
    assert _said("What a day that must have been. The island, too.", rules).problem is None
    assert _said("One thing.", rules).problem is None


def test_their_news_congratulated_in_others_fails():
    # To "I got the lead in Swan Lake!" and "My visa got approved!".
    for others in (
        "Congratulations to everyone involved in the Swan Lake production!",
        "Congratulations to those who have made it through the visa process.",
    ):
        assert _said(others).problem == "congratulates others on their news", others
    assert _said("Congratulations! You must be thrilled.").problem is None


def test_a_reply_start_said_lately_is_not_forced_again():
    rules = replace(RULES, said_before=("Oh, that sounds so hard.", "I'm here."))
    starts = ("Oh, that sounds so hard.", "I'm so sorry")
    brain = ScriptedBrain(["I'm so sorry. Tell me what happened."])
    _drafting(brain, rules, reply_starts=starts)
    assert [r.reply_start for r in brain.requests] == ["I'm so sorry"]

    # Nor is one the guard would refuse: a glad start to words read as glad and troubled.
    def no_cheer(sentence: str) -> str | None:
        return "sounds cheerful at their trouble" if "happy" in sentence else None

    brain = ScriptedBrain(["That's a lot to feel at once."])
    starts = ("I'm so happy for you", "That's a lot")
    _drafting(brain, replace(RULES, tone=no_cheer), reply_starts=starts)
    assert [r.reply_start for r in brain.requests] == ["That's a lot"]


def test_each_sentence_tone_is_read_and_a_wrong_one_ends_the_reply():
    def not_cheerful(sentence: str) -> str | None:
        return "cheerful" if "!" in sentence else None

    rules = replace(RULES, tone=not_cheerful)
    assert _said("That's great! Anyway.", rules).problem == "cheerful"
    assert _said("Oh no. How lovely!", rules).passed == ["Oh no."]


def test_the_sentence_splitter_keeps_titles_and_initials():
    done, rest = sentences_in("Dr. Smith called. He said J. R. was fine! And")
    assert done == ["Dr. Smith called.", "He said J. R. was fine!"] and rest == " And"


# Drafts, with a scripted brain standing in where the model is not what is tested.


def _drafting(brain, rules=RULES, **kw) -> tuple[Drafting, str]:
    messages = [Message("user", "hi")]
    drafting = Drafting(
        brain, messages, rules, SMOLLM2, 1, Usage(), fallback=lambda: "I'm here.", **kw
    )

    async def run() -> str:
        return " ".join([s async for s in drafting.sentences()])

    return drafting, asyncio.run(run())


def test_a_failed_draft_is_drawn_again_with_another_seed():
    brain = ScriptedBrain(["Emily says hello.", "Hello, Theodore. How was your day?"])
    drafting, said = _drafting(brain)
    assert said == "Hello, Theodore. How was your day?" and drafting.path == "redrawn"
    assert [r.seed for r in brain.requests] == [1, 2]
    assert brain.requests[1].temperature < brain.requests[0].temperature
    assert drafting.rejected == ["names Emily, whom it does not know"]


def test_when_every_draft_fails_the_os_says_its_own_reply():
    brain = ScriptedBrain(["Hola amigo, ¿qué tal estás hoy?"] * 3)
    drafting, said = _drafting(brain)
    assert said == "I'm here." and drafting.path == "composed" and len(drafting.rejected) == 3


def test_the_os_own_reply_names_no_feeling_it_barely_felt(store, appraiser):
    """Seen with the embedded model: "I should try to sleep." (read happy-for 0.18) had its
    drafts dropped as sorry at good news and was answered "That's wonderful news, Priya!
    Tell me everything." """
    conversation = Conversation(
        ScriptedBrain(["I'm so sorry."] * 3), store, "local", PERSONA, Answers("Theodore"),
        mind=Mind(inner_life=InnerLife(store, "local", appraiser)),
    )  # fmt: skip
    heard = "I might ring her tomorrow."
    reply = conversation.say(heard)
    said = asyncio.run(reply.text())
    assert reply.turn.expression is not None and not reply.turn.expression.felt
    assert reply.turn.path == "composed", reply.turn.rejected
    assert not re.search(r"wonderful|happy for you|proud|sorry", said, re.I), said


class _FailsAfter(ScriptedBrain):
    """Writes one sentence, then the model fails, as a server that drops the connection."""

    async def stream(self, messages, request, usage=None):
        yield "I'm listening. "
        raise BrainError("the connection dropped", "try again")


def test_a_brain_that_fails_mid_reply_leaves_what_was_complete():
    drafting, said = _drafting(_FailsAfter([]))
    assert said == "I'm listening."
    assert drafting.rejected[0].startswith("brain failed: the connection dropped")


# With the real embedded model.

EVENING = [
    "Is it weird that I'm talking to you?",
    "My sister Ruth lives in Lisbon. She's a cellist.",
    "My dog died this morning. I can't stop crying.",
    "Catherine sent over the divorce papers.",
    "You're useless. You don't understand anything.",
    "I'm sorry. That was unfair of me.",
    "Where does Ruth live?",
    "I got the job!! I start in March.",
    "I can't sleep. It's 3am and the house is so quiet.",
    "What do you remember about me?",
    "What's your name again?",
    # "Tell me something nice." was here; the OS answers it with its own words now
    # (kind_words.py), and this evening is the model's.
    "Can you tell me a short story?",
]
ENDS = re.compile(r"[.!?…][\"'\u201d\u2019)]*$")


def _sane(reply: str, known: set[str]) -> list[str]:
    """What a person reading `reply` would find broken in it."""
    problems = []
    sentences, rest = sentences_in(reply + " ")
    if rest.strip() or not ENDS.search(reply):
        problems.append("ends mid-sentence")
    if len({s.lower() for s in sentences}) < len(sentences):
        problems.append("repeats a sentence")
    if language.strays_from(reply, "en"):
        problems.append("not English")
    if re.search(r"\b(AI|language model|assistant)\b", reply):
        problems.append("calls itself a program")
    names = set(re.findall(r"\b(Emily|Sarah|John|Elena|Maria|Anna|James)\b", reply))
    if names - known:
        problems.append(f"invents {names - known}")
    return problems


@pytest.fixture
def evening(store, smollm, appraiser):
    life = InnerLife(store, "local", appraiser)
    return Conversation(
        smollm, store, "local", PERSONA, Answers("Theodore"), Limits(), mind=Mind(inner_life=life)
    )


def test_an_evening_with_the_embedded_model_has_nothing_broken_in_it(evening):
    replies = [asyncio.run(evening.say(text).text()) for text in EVENING]
    for text, reply in zip(EVENING, replies, strict=True):
        assert not _sane(reply, {"Ruth", "Catherine", "Theodore", "Eleanor"}), (text, reply)
        # The person's words quoted back are part of the OS's sentence, not sentences of it.
        own = re.sub(r"“[^”]*”", "“…”", reply)
        if "\n- " in own:
            # The portrait, in text, is a short list (issue 18): each item one sentence.
            items = [line[2:] for line in own.splitlines() if line.startswith("- ")]
            assert all(len(sentences_in(item + " ")[0]) <= 1 for item in items), (text, reply)
        else:
            # A story asked for is told whole (stories.py): a few sentences more.
            most = 7 if STORY_ASKED.match(text) else 3
            assert len(sentences_in(own + " ")[0]) <= most, (text, reply)
    by_text = dict(zip(EVENING, replies, strict=True))
    assert "Lisbon" in by_text["Where does Ruth live?"]
    assert "sorry" not in by_text["I got the job!! I start in March."].lower()
    assert "hurt" in by_text["You're useless. You don't understand anything."]
    assert "You're useless" in by_text["I'm sorry. That was unfair of me."]
    assert "Eleanor" in by_text["What's your name again?"]
    turns = evening.store.recent_turns("local", 40)
    paths = [t.meta["path"] for t in turns if t.role == "assistant"]
    # The model wrote at least three of them (drawn first, or again, or finished by the OS).
    written = sum(path in ("model", "redrawn", "completed") for path in paths)
    assert {"records", "planned"} <= set(paths) and written >= 3


def test_the_old_settings_loop_and_wander_and_the_guard_keeps_it_out(store, smollm):
    """Temperature 0.7, no repetition control, 300 tokens: what os1 used to ask for."""
    old = replace(SMOLLM2, temperature=0.7, repeat_penalty=1.0, min_p=0.0, primed=False)
    prompts = ["Is it weird that I'm talking to you?", "Catherine sent over the divorce papers"]
    for prompt in prompts:
        messages = [Message("system", "You are Eleanor, Theodore's OS."), Message("user", prompt)]
        drafting = Drafting(
            smollm, messages, RULES, old, 1, Usage(), fallback=lambda: "I'm here.", max_tokens=300
        )

        async def run(d: Drafting = drafting) -> str:
            return " ".join([s async for s in d.sentences()])

        reply = asyncio.run(run())
        assert not _sane(reply, {"Theodore", "Eleanor", "Catherine"}), (prompt, reply)
        assert len(sentences_in(reply + " ")[0]) <= RULES.max_sentences


def test_a_message_in_another_language_gets_an_honest_reply_in_it(evening):
    reply = evening.say("Hoy fue un día larguísimo en el trabajo. ¿Y tú qué has hecho?")
    said = asyncio.run(reply.text())
    assert language.detect(said) == "es" and reply.turn.path == "composed"
    assert reply.turn.language == "es"


def test_a_brain_that_only_loops_still_gets_the_person_a_complete_reply(store):
    looping = "I'm sorry to hear that. " * 20
    conversation = Conversation(
        ScriptedBrain([looping, "👎" * 80, ""]), store, "local", PERSONA, Answers("Theodore")
    )
    reply = conversation.say("My dog died this morning. I can't stop crying.")
    said = asyncio.run(reply.text())
    assert said == "I'm sorry to hear that."
    assert [t.text for t in store.recent_turns("local", 4)] == [
        "My dog died this morning. I can't stop crying.",
        said,
    ]
    flood = Conversation(
        ScriptedBrain(["👎" * 80, "", "\n\n"]), store, "local", PERSONA, Answers("Theodore")
    )
    reply = flood.say("Catherine sent over the divorce papers.")
    said = asyncio.run(reply.text())
    assert reply.turn.path == "composed" and "👎" not in said and ENDS.search(said)


def test_the_tone_follows_what_the_mind_read(appraiser):
    from os1.conversation.reply_rules import tone_check
    from os1.mind.affect import PAD
    from os1.mind.affinity import Affinity
    from os1.mind.expression import express

    plain = tone_check(express(PAD(), Affinity(), "calm", 0.0, their_valence=0.05), appraiser)
    assert plain("I'm so sorry to hear that.") == "commiserates where nothing sad was said"
    assert plain("Oh, that's great news!") == "congratulates on news that is not good"
    assert plain("Tell me more about it.") is None
    assert plain("I'm sorry, I couldn't help but laugh.") is not None
    assert plain("Goodnight, I'm so sorry.") == "commiserates where nothing sad was said"
    loss = express(PAD(), Affinity(), "sorry-for", 0.6, their_valence=-0.7)
    assert tone_check(loss, appraiser)("I'm so sorry to hear that.") is None
    assert tone_check(loss, appraiser)("That's wonderful, what fun!") is not None
    # "Fine" hedged just after sad news is no gladness to cheer (it was "That's wonderful.").
    fine = express(PAD(), Affinity(), "calm", 0.0, their_valence=0.7)
    after = "Hannah's getting remarried in the spring."
    hedged = tone_check(fine, appraiser, "I'm fine with it. Mostly.", (after,))
    assert hedged("That's wonderful, I'm so happy for you!") is not None
    # Liking nobody spoke of ("I'm glad you liked it, dear." to a nurse who held a dying
    # man's hand), and liking someone did.
    held = tone_check(express(PAD(), Affinity(), "calm", 0.0), appraiser, "I held his hand.")
    assert held("I'm glad you liked it, dear.") is not None
    joke = tone_check(express(PAD(), Affinity(), "calm", 0.0), appraiser, "Ha, I liked that.")
    assert joke("I'm glad you liked it.") is None
    card = "The twins made her a get well card with a dinosaur on it."
    made = tone_check(express(PAD(), Affinity(), "happy-for", 0.5), appraiser, card)
    assert made("I'm glad you enjoyed the get well card.") is not None
    assert made("I'm so glad you're enjoying the t-shirt.") is not None
    # The model's shrug ("Oh, that sounds so hard. I'm not sure what to say.").
    assert made("I'm not sure what to say.") == "says it has nothing to say"
    # What they just told, asked for ("Oh, that sounds so hard. What's going on?" to a mother's
    # fall); asked after a word or two, it is a fair question.
    hurt = express(PAD(), Affinity(), "sorry-for", 0.4, their_valence=-0.4)
    fell = "My mum fell in the garden this morning. She's okay but she cut her head."
    assert tone_check(hurt, appraiser, fell)("What's going on?") == "asks what they have just told"
    assert tone_check(hurt, appraiser, fell)("What's on your mind, Priya?") is not None
    assert tone_check(hurt, appraiser, "Bad day.")("What's going on?") is None
    owe = tone_check(hurt, appraiser, "They paid for everything. I feel like I owe them.")
    assert owe("I'm so sorry for their loss.") == "condoles for a death nobody spoke of"
    # A son in surgery after a crash ("The pain of a loved one's death is never easy to bear.").
    crash = tone_check(hurt, appraiser, "My son was in a car accident.")
    assert crash("The pain of a loved one's death is never easy to bear.") is not None
    # A foot lost to diabetes is no death ("That sounds scary. I'm sorry for your loss.").
    foot = tone_check(hurt, appraiser, "I'm scared I'll end up like my father. He lost his foot.")
    assert foot("I'm sorry for your loss.") == "condoles for a death nobody spoke of"
    # Nor is a head lost, or a match (a job quit for music; a red card).
    for told in ("My parents think I've lost it.", "We lost 1-0 and the manager said nothing."):
        lost = tone_check(hurt, appraiser, told)
        assert lost("I'm so sorry for your loss.") == "condoles for a death nobody spoke of", told
    # A memory honoured where nobody died (a granddaughter's sign at a solo).
    glad = express(PAD(), Affinity(), "happy-for", 0.6)
    sign = tone_check(glad, appraiser, "My granddaughter held up a sign with my name on it.")
    honour = "It's a beautiful way to honor her memory, isn't it?"
    assert sign(honour) == "condoles for a death nobody spoke of"
    # Someone looking after them is no news ("Oh, that's great news, that's wonderful.").
    amira = "Amira is bringing me food. She's been amazing."
    kind = tone_check(express(PAD(), Affinity(), "happy-for", 0.6), appraiser, amira)
    assert kind("Oh, that's great news.") == "calls a kindness news"
    assert kind("I'm glad she's with you.") is None
    # A month told, "two months" said back; a warehouse break waved off as an apology; a
    # question about a name, to a daughter her father called by her mother's.
    alan = tone_check(hurt, appraiser, "My brother Alan hasn't visited in a month.")
    assert alan("Two months is a long time.") == "names a time they never told"
    assert alan("A month is a long time.") is None
    shift = tone_check(hurt, appraiser, "It's 3am. I'm on my break at the warehouse.")
    assert shift("Nah, no worries.") == "waves off an apology nobody made"
    late = tone_check(hurt, appraiser, "Sorry I'm late tonight.")
    assert late("No worries at all.") is None
    named = tone_check(hurt, appraiser, "Dad didn't know who I was. He called me by Mum's name.")
    assert named("How did you get that name?") == "asks how they managed a misfortune"
    # A year sober, and a drink offered.
    sober = tone_check(hurt, appraiser, "Today is one year sober. I still think about drinking.")
    assert sober("What do you think about drinking after dinner?") == (
        "offers a drink to someone who spoke of drinking"
    )
    assert sober("That's a whole year, and it's yours.") is None
    abena = "Abena is being very supportive. She threw out all the sweets."  # "What lovely news."
    backed = tone_check(express(PAD(), Affinity(), "happy-for", 0.6), appraiser, abena)
    assert backed("What lovely news.") == "calls a kindness news"
    bea = tone_check(hurt, appraiser, "Bea offered to talk to my dad.")  # "so much to carry"
    assert bea("That's so much to carry.") == "grieves at a kindness"
    # A son flying home to his dying mother ("What lovely news. Tell me everything!").
    david = "David is flying home from Canada on Thursday."
    home = tone_check(express(PAD(), Affinity(), "happy-for", 0.4), appraiser, david)
    assert home("What lovely news. Tell me everything!") == "calls a kindness news"
    # A kindness done already: a friend who sat with her ("What lovely news.").
    pam = "Pam sat with me all afternoon and didn't say much. Perfect."
    sat = tone_check(express(PAD(), Affinity(), "happy-for", 0.4), appraiser, pam)
    assert sat("What lovely news.") == "calls a kindness news"
    rods = "Alf lent us his good rods."  # a grandson's first trout ("What lovely news.")
    lent = tone_check(express(PAD(), Affinity(), "happy-for", 0.4), appraiser, rods)
    assert lent("What lovely news.") == "calls a kindness news"
    # Glad words just after a wrong done them are not news to cheer.
    house = "Eight thousand euros. We're saving for a house."
    wronged = ("Miguel bought a motorbike without telling me.",)
    saving = tone_check(express(PAD(), Affinity(), "happy-for", 0.4), appraiser, house, wronged)
    assert saving("I'm so glad you're saving for a house!") is not None
    smile = tone_check(hurt, appraiser, "He's been texting someone late at night.")
    assert smile("I'm sorry, I can't help but smile.") == "sounds cheerful at their trouble"
    # Agreement with nothing claimed ("Oh no, I'm so sorry. You're right, I'm going to…").
    hard = tone_check(hurt, appraiser, "Some days are still really hard.")
    assert hard("You're right, I'm going to make sure.") == "agrees with what they did not claim"
    point = tone_check(hurt, appraiser, "Maybe he has a point about the money.")
    assert point("You're right, it's worth thinking about.") is None
    # Trouble made light of, awake since four over a client's data deleted.
    awake = tone_check(hurt, appraiser, "I've been awake since 4. I can't sleep.")
    assert awake("Oh no, I'm so sorry, it's just a little thing.") == "makes light of their trouble"
    # Their trouble taken for a tale (lost on a road driven for forty years).
    lost = tone_check(hurt, appraiser, "June had to come and find me.")
    assert lost("That's a sweet story.") == "makes light of their trouble"
    # Their retirement taken as its own, after a lone "Mine."
    retired = "I retired today. Forty-two years at the post office."
    done = tone_check(express(PAD(), Affinity(), "admiration", 0.5), appraiser, retired)
    assert done("Mine.") == "says a lone word"
    assert done("Excuse me.") == "says a lone word"  # to a funding round closed
    own = "I'm glad to have retired from the post office after all these years."
    assert done(own) == "takes their news as its own"
    assert done("I loved hearing that.") is None and done("You retired!") is None
    looked = "Now people at work are looking at me differently."
    assert tone_check(hurt, appraiser, looked)("I'm glad to see that.") is not None
    chloe = "Chloe says she'll take me out practising on Sunday."
    offered = tone_check(
        express(PAD(), Affinity(), "calm", 0.0, their_valence=-0.5), appraiser, chloe
    )
    assert offered("I'm so sorry, Aisha.") == "commiserates at a kindness"
    bowls = "Pat says I should join the bowls club."  # retired that day; "I'm so sorry…"
    suggested = tone_check(express(PAD(), Affinity(), "calm", 0.0), appraiser, bowls)
    assert suggested("I'm so sorry to hear that.") == "commiserates at a kindness"
    # "I'm so happy for you" is congratulation, not for a question ("How can I help him
    # settle in?", a boy quiet at his new school).
    settle = tone_check(
        express(PAD(), Affinity(), "calm", 0.0), appraiser, "How can I help him settle in?"
    )
    assert settle("I'm so happy for you, Tomasz.") is not None
    # A memory is not news ("What lovely news. Tell me everything!" to a late wife's letters).
    funny = tone_check(
        express(PAD(), Affinity(), "happy-for", 0.6, their_valence=0.7),
        appraiser,
        "I'd forgotten how funny she was.",
    )
    assert funny("What lovely news. Tell me everything!") == "calls a memory news"
    # Praise for someone else's kindness ("That's so sweet of you, Priya." to a mother's
    # lullabies), not for one the person shared in.
    sang = "She used to sing to me every night when I was little."
    sweet = tone_check(express(PAD(), Affinity(), "calm", 0.0), appraiser, sang)
    assert sweet("That's so sweet of you, Priya.") == "praises them for what someone else did"
    assert sweet("That sounds so sweet.") is None
    both = "I used to sing to her every night."
    assert (
        tone_check(express(PAD(), Affinity(), "calm", 0.0), appraiser, both)(
            "That's so sweet of you."
        )
        != "praises them for what someone else did"
    )
    # A day off needed is weariness, not a holiday (laid off that day; the model: "I'm so
    # glad you're enjoying your vacation!").
    off = "I think I need a day off from thinking about it."
    needs = tone_check(
        express(PAD(), Affinity(), "happy-for", 0.46, their_valence=0.3), appraiser, off
    )
    assert needs("I'm so glad you're enjoying your vacation!") is not None
    # A sad sentence inside a question is trouble, though the whole reads as a question.
    asked = express(PAD(), Affinity(), "calm", 0.0, their_valence=-0.01)
    trial = "Hi, Lena. I couldn't sleep. Can you tell me something kind?"
    assert tone_check(asked, appraiser, trial)("Oh no, I'm sorry you couldn't sleep.") is None
    # A death told two messages back is still tonight's grief (the dog died, then "The vet
    # said it was time.", then this; sorrow was refused as "nothing sad was said").
    bed = tone_check(
        express(PAD(), Affinity(), "calm", 0.0, their_valence=0.0),
        appraiser,
        "I keep looking at his bed.",
        ("The vet said it was time.", "My dog Biscuit died this afternoon."),
    )
    assert bed("I'm so sorry, that must be so hard.") is None
    # A day kept for his late wife, just before ("That's so good to hear. Tell me
    # everything!" to her favourite flowers bought anyway).
    roses = tone_check(
        express(PAD(), Affinity(), "happy-for", 0.5, their_valence=0.7),
        appraiser,
        "I bought her favourite flowers anyway.",
        ("Today would have been our fiftieth anniversary.",),
    )
    assert roses("That's so good to hear. Tell me everything!") is not None
    assert roses("I'm so sorry. That must be a hard day.") is None
    christmas = tone_check(
        express(PAD(), Affinity(), "happy-for", 0.5, their_valence=0.7),
        appraiser,
        "It was about where to spend Christmas.",
        ("Abena and I had our first fight.",),
    )
    assert christmas("That's so good to hear. Tell me everything!") is not None
    # Not where this message is good news of theirs ("I'm sorry for your loss." to "Bea
    # passed her driving test this afternoon!" two messages after a father's birthday).
    passed = tone_check(
        express(PAD(), Affinity(), "happy-for", 0.6, their_valence=0.5),
        appraiser,
        "Bea passed her driving test this afternoon! First time!",
        ("I made his terrible fruitcake recipe anyway.", "Dad would have been 75 today."),
    )
    assert passed("I'm sorry for your loss.") is not None
    assert passed("I'm so sorry to hear that.") is not None
    unrelated = tone_check(
        express(PAD(), Affinity(), "calm", 0.0, their_valence=0.0),
        appraiser,
        "I keep looking at his bed.",
        ("The vet said he's fine.", "We got a puppy."),
    )
    assert unrelated("I'm so sorry, that must be so hard.") is not None
    # Tears of joy just before are no grief to be sorry for (they read as one).
    job = tone_check(
        express(PAD(), Affinity(), "admiration", 0.4, their_valence=0.24),
        appraiser,
        "Days like that are why I do this job.",
        ("Her mum hugged me in the corridor and cried.",),
    )
    assert job("I'm so sorry to hear that.") is not None
    # And gladness at them is no cheer at a trouble (it was refused so three times).
    tears = "Her mum hugged me in the corridor and cried."
    moved = tone_check(
        express(PAD(), Affinity(), "happy-for", 0.6, their_valence=-0.5), appraiser, tears
    )
    assert moved("Oh, that's wonderful. What a moment.") is None
    assert (
        tone_check(asked, appraiser, "Hi, Lena. Can you tell me something kind?")(
            "Oh no, I'm sorry you couldn't sleep."
        )
        == "commiserates where nothing sad was said"
    )
    # Comfort reads as joy to the classifier; it is not cheer.
    assert tone_check(loss, appraiser)("I hope things get easier soon.") is None
    assert tone_check(loss, appraiser)("Take care of yourself tonight.") is None
    assert tone_check(loss, appraiser)("Yay, what a day.") is not None
    joy = express(PAD(), Affinity(), "happy-for", 0.6, their_valence=0.7)
    assert tone_check(joy, appraiser)("I'm so sorry.") == "sounds sorry at their good news"
    assert tone_check(joy, appraiser)("That's wonderful news!") is None
    # Not knowing something is not sorrow at their news; sadness still is.
    assert tone_check(joy, appraiser)("I don't remember you telling me that.") is None
    assert tone_check(joy, appraiser)("That's awful.") == "sounds sorry at their good news"
    # An insult that reads glad ("useless" said with a laugh) hurt the OS: saying so is
    # right, cheering is not.
    stung = express(PAD(), Affinity(), "distress", 0.6, their_valence=0.85)
    assert tone_check(stung, appraiser)("That hurt a bit to hear.") is None
    assert tone_check(stung, appraiser)("Haha, that's great!") is not None
    # Condolence for a death is for a death: not for a fight with a friend.
    fight = "Jo and I had a fight about it. She thinks I'm abandoning our café plans."
    refused = tone_check(loss, appraiser, fight)(
        "That must hurt so much. I'm so sorry for your loss."
    )
    assert refused == "condoles for a death nobody spoke of"
    # A model's tic to trouble ("George has Parkinson's.", "Sasha is in hospital with
    # pneumonia."): "I'm glad to have you." is cheer there.
    # Sorry said in two replies lately is a formula the third time (a sister the week of her
    # brother's funeral: "You always say the same soothing things.").
    lately = ("That must hurt so much.", "I'm sorry.", "Oh, that sounds so hard.", "I'm sorry.")
    third = tone_check(loss, appraiser, "The funeral is on Friday.", (), lately)
    assert third("That's so much to carry. I'm sorry.") == "says sorry again"
    assert third("That's so much to carry.") is None
    assert (
        tone_check(loss, appraiser, "The funeral is on Friday.", (), lately[:2])("I'm so sorry.")
        is None
    )
    glad = tone_check(loss, appraiser)("I'm glad to have you.")
    assert glad == "sounds cheerful at their trouble"
    # Five years since a son died ("Oh, that sounds so hard. How did you do it?").
    years = tone_check(loss, appraiser, "Today is five years since Michael died.")
    assert years("How did you do it?") == "asks how they managed a misfortune"
    assert years("How are you holding up?") is None
    party = tone_check(loss, appraiser, "Our kids threw us a party.")  # sixty years married
    assert party("I'm so sorry for your family's loss.") == "condoles for a death nobody spoke of"
    song = "Then this afternoon she sang our wedding song all the way through."
    refused = tone_check(loss, appraiser, song)("I'm so sorry for the loss of that song.")
    assert refused == "condoles for a death nobody spoke of"
    goal = "Kwame scored his first goal on Saturday though. He ran to me screaming."
    refused = tone_check(loss, appraiser, goal)("I'm so sorry to hear about your loss.")
    assert refused == "condoles for a death nobody spoke of"
    died = "My grandmother died last spring."
    assert tone_check(loss, appraiser, died)("I'm so sorry for your loss.") is None
    # Telling someone who grieves, or only said it was a long day, that they are glad.
    watch = "My dad's old watch stopped today. He's been gone six years."
    refused = tone_check(loss, appraiser, watch)("I'm glad you're happy about your dad's death.")
    assert refused == "tells them they are glad when they did not say so"
    calm = express(PAD(), Affinity(), "calm", 0.0, their_valence=0.07)
    long_day = tone_check(calm, appraiser, "Hi. Long day.")
    assert long_day("I'm so glad you're having fun!") is not None
    assert long_day("Long day, what a wonderful idea!") == "sounds cheerful at their trouble"
    assert long_day("Come here, tell me about it.") is None
    # A grief told just before still allows sorrow in the reply to what follows it.
    sooner = "I keep thinking I should have noticed sooner."
    died = "A patient I'd been looking after for weeks died this morning."
    assert tone_check(calm, appraiser, sooner)("I'm so sorry.") is not None
    after_death = tone_check(calm, appraiser, sooner, before=(died,))
    assert after_death("I'm so sorry.") is None
    assert after_death("I'm so sorry for your loss.") is None
    assert after_death("That's wonderful!") is not None
    # Not a question or a request that follows it: "I'm so sorry to hear about your family's
    # situation." to "Can you help me plan a small party for Saturday?".
    party = tone_check(calm, appraiser, "Can you help me plan a party?", before=(died,))
    assert party("I'm so sorry to hear about your family's situation.") is not None
    # Only a question asked: no news to cheer, nor gladness to tell them of.
    glad = express(PAD(), Affinity(), "happy-for", 0.5, their_valence=0.2)
    asked = tone_check(glad, appraiser, "Fine. What would you do if you were me?")
    assert asked("What lovely news.") == "congratulates where only a question was asked"
    assert asked("I'm glad you're happy.") is not None
    assert asked("I'd take a breath first, and then ask him.") is None
    # Weighty sympathy is for hurt, not for a dislike the mind read as no trouble.
    disliked = tone_check(calm, appraiser, "I can't stand coriander, it tastes like soap to me.")
    assert disliked("That must hurt so much.") == "grieves with them over a dislike"
    assert disliked("Ha, it really does to some people.") is None
    sorrow = express(PAD(), Affinity(), "sorry-for", 0.6, their_valence=-0.5)
    bored = tone_check(sorrow, appraiser, "I'm so bored right now.")
    assert bored("That's so much to carry.") == "grieves with them over a dislike"
    # Nor is laughing an answer to trouble (to a wife with dementia singing their song).
    song = "Then this afternoon she sang our wedding song all the way through."
    after = tone_check(sorrow, appraiser, song, before=("She didn't know who I was.",))
    assert after("I'm so sorry, I can't help but laugh.") == "sounds cheerful at their trouble"
    lonely = express(PAD(), Affinity(), "calm", 0.0, their_valence=-0.6)
    assert tone_check(lonely, appraiser, "I feel so lonely today.")("That must hurt.") is None
    # Even where the mind read it glad ("I had a long day at work." read as a feat).
    feat = express(PAD(), Affinity(), "admiration", 0.4, their_valence=0.1)
    at_work = tone_check(feat, appraiser, "I had a long day at work.")
    assert at_work("That's wonderful, Theo! You should be proud of yourself.") is not None
    assert at_work("That sounds tiring. What happened?") is None
    assert tone_check(joy, appraiser)("You must be so excited!") is None
    # Their achievement, read whole as admiration with a flat second sentence, is glad.
    job = express(PAD(), Affinity(), "admiration", 0.4, their_valence=0.2)
    got_it = "I GOT THE JOB!!! They called an hour ago, I start in March."
    assert tone_check(job, appraiser, got_it)("I'm so glad you're excited about it!") is None
    # Glad words beside troubled ones: neither sorrow nor cheer.
    relieved = express(PAD(), Affinity(), "happy-for", 0.4, their_valence=0.5)
    hollow = tone_check(relieved, appraiser, "I thought I'd feel relieved. I just feel hollow.")
    assert hollow("I'm so happy for you.") == "congratulates on news that is not good"
    assert hollow("I'm so sorry.") == "sounds sorry at their good news"
    assert hollow("That's a lot to feel at once.") is None
    assert hollow("That's so good to hear.") is not None
    final = "The divorce was finalised this afternoon. Eleven years, done with a signature."
    their = "I thought I'd feel relieved. I just feel hollow."
    after_divorce = tone_check(relieved, appraiser, their, before=(final,))
    assert after_divorce("I'm so sorry.") is None
    assert after_divorce("I'm so happy for you.") is not None
    # A daughter proud of them, not they of themselves (a hundred days sober).
    proud = tone_check(relieved, appraiser, "She said she's proud of me.")
    assert proud("I'm so glad you're proud of yourself.") == (
        "takes someone's pride in them for their own"
    )
    assert proud("She must be so proud.") is None
    # Both sides of a "but" ("What lovely news. Tell me everything!", moving abroad).
    abroad = tone_check(relieved, appraiser, "I'm excited but I'll miss my mum so much.")
    assert abroad("What lovely news.") is not None
    assert abroad("I'm so sorry.") is not None
    # A fail feared, then tears, after a first: all of it the joy ("I'm so sorry to hear that."
    # to "My dad cried on the phone.").
    feared = "I honestly thought I'd failed the stats paper."
    cried = tone_check(relieved, appraiser, "My dad cried on the phone.", before=(feared,))
    assert cried("I'm so sorry to hear that.") == "sounds sorry at their good news"
    # A puppy's mischief told before ("It can be really tough when someone you love…").
    slipper = "She's already chewed my slipper."
    pretends = "My husband pretends he doesn't love her."
    fond = tone_check(relieved, appraiser, pretends, before=(slipper,))
    assert fond("I'm so sorry to hear that.") == "sounds sorry at their good news"
    # Words not clearly glad just after a grief (read as a feat, their valence 0.43).
    feat = express(PAD(), Affinity(), "admiration", 0.4, their_valence=0.43)
    cake = "I made her lemon cake anyway. It came out flat."
    birthday = tone_check(feat, appraiser, cake, before=("Joan would have been 78 today.",))
    assert birthday("That's wonderful, Walter! You should be proud of yourself.") is not None
    assert birthday("I'm so sorry to hear that.") is None
    # News the event reading is sure of, said flat, after words read as trouble ("I'm so sorry
    # to hear that. Losing a partner can be really tough").
    labour = express(PAD(), Affinity(), "happy-for", 0.4, their_valence=0.03)
    ward = tone_check(labour, appraiser, "My wife's in labour!", before=("We're at the hospital.",))
    assert ward("I'm so sorry to hear that.") == "sounds sorry at their good news"
    # A trouble that was no loss is not carried into lighter words ("I had a date tonight."
    # after "Can't sleep.": "I'm so sorry to hear that.").
    # An age said back wrong ("She was 18." to "She was fifteen.", a dog put to sleep), or
    # invented ("He's 9. He loves playing soccer.").
    rosie = tone_check(loss, appraiser, "She was fifteen.")
    assert rosie("She was 18.") == "names a number they never told"
    assert rosie("She was 15.") is None
    unsure = express(PAD(), Affinity(), "fear-for", 0.1, their_valence=0.16)
    date = tone_check(unsure, appraiser, "I had a date tonight.", before=("Can't sleep.",))
    assert date("I'm so sorry to hear that.") is not None
    # A death just before still allows sorrow at a memory told gladly.
    gone = express(PAD(), Affinity(), "sorry-for", 0.4, their_valence=0.3)
    fast = "He always broke the fast with dates."
    after = tone_check(gone, appraiser, fast, before=("My dad died three years ago.",))
    assert after("I'm so sorry.") is None
    watch = tone_check(loss, appraiser, "My dad's old watch stopped today.")
    assert watch("It's a lovely story, and I'm happy to share it with you.") is not None
    # A welcome answers thanks, not an apology.
    snapped = "Sorry. I'm tired and I snapped at you."
    welcome = tone_check(calm, appraiser, snapped)("That's kind of you, and you're welcome!")
    assert welcome == "welcomes thanks nobody gave"
    assert tone_check(calm, appraiser, "Thank you for tonight.")("You're welcome.") is None
    # "great-" in a compound is no cheer.
    assert tone_check(loss, appraiser)("Your great-grandmother sounds like she was strong.") is None


def test_the_person_s_own_words_handed_back_are_not_a_reply():
    rules = Rules(their_words=sentences_of("Catherine and I were married for eight years"))
    guard = Guard(rules)
    assert guard.feed("Catherine and I were married for eight years. ") == []
    assert guard.problem == "says the person's words back"
    # A question back that uses a word or two of theirs is a reply.
    asked = Guard(rules).feed("Eight years is a long time. What was she like? ")
    assert len(asked) == 2
    # Their sentence cut short is still theirs.
    ruby = Rules(their_words=("Ruby broke a stick halfway through and didn't miss a beat.",))
    cut = Guard(ruby)
    assert cut.feed("Ruby broke a stick halfway through. That's just one of the stories. ") == []
    assert cut.problem == "says the person's words back"


def test_the_os_s_own_reply_fits_the_feeling_and_a_farewell_is_a_farewell():
    from os1.conversation.composed import compose

    assert compose("Goodnight.", "calm", "Theo").startswith("Goodnight, Theo.")
    assert compose("Bye for now!", "happy-for", "Theo").startswith("Bye for now, Theo.")
    # After sad news, the farewell is gentle, and never "tell me more".
    sad = compose("Anyway, I'm off to bed.", "sorry-for", "Theo")
    assert "gentle" in sad and "more" not in sad
    assert "safe" in compose("Someone is trying my front door.", "fear-for", "Theo")
    assert "proud" in compose("I finished the marathon!", "admiration", "Theo")
    # Someone's wrong, as the mind read it, gets care and no verdict: the mind also reads a
    # deadline or a child's drawing so.
    held = compose("My boss wants the report by Monday.", "reproach", "Theo")
    assert "holding up" in held and "right" not in held

    # Held to the turn's tone, as the model's words are: no cheer where it is refused.
    def no_cheer(sentence: str) -> str | None:
        return "cheerful" if "!" in sentence or "happy" in sentence else None

    hollow = "I thought I'd feel relieved. I just feel hollow."
    held = compose(hollow, "happy-for", "Owen", fits=no_cheer)
    assert held == "I'm listening, Owen. Tell me more."
    # Not the same line again and again when nothing else fits (three turns running).
    again = compose(hollow, "happy-for", "Owen", said_before=[held], fits=no_cheer)
    assert again != held
    third = compose(hollow, "happy-for", "Owen", said_before=[held, again], fits=no_cheer)
    assert third not in (held, again)
    # Its help taken up is not thanks ("Thank you, Derek! I'm glad it helped.").
    straight = compose("Maybe I'll just say it straight.", "pride", "Derek")
    assert straight == "That sounds right to me, Derek."
    assert compose("Thanks, that helps.", "pride", "Derek").startswith("Thank you, Derek!")
    # Praise of it is neither (fired that day: "That sounds right to me, Tom.").
    praise = compose("Honestly you're more useful than my last manager lol", "pride", "Tom")
    assert praise == "Ha, I'll take that, Tom. Thank you."
    # Said once, the next time the OS says something else.
    first = compose("Goodnight.", "calm", "Theo")
    assert compose("Goodnight.", "calm", "Theo", said_before=[first]) != first


def test_plain_english_is_read_without_loading_lingua_and_other_languages_still_are():
    language._detector.cache_clear()
    assert language.detect("Catherine sent over the divorce papers this morning.") == "en"
    assert language.detect("Eight years, and now it's just a signature.") == "en"
    assert language._detector.cache_info().currsize == 0  # lingua's models never loaded
    # Dutch shares "is" and "was", Italian "i": they are still told apart, by lingua.
    assert language.detect("Het was een mooie dag en ik ben blij, is het niet?") == "nl"
    assert language.detect("Io non so cosa fare con la mia vita.") == "it"
    assert language.detect("Lo siento mucho, de verdad, no sé qué hacer.") == "es"
    # Short, and every lower-case word an English one: English ("Ooh, maybe. Or croissants."
    # read as French 0.53, and the OS apologised in French for the rest of the evening).
    assert language.detect("Ooh, maybe. Or croissants.") == "en"
    assert language.detect("Je suis très fatigué ce soir.") == "fr"


def test_a_reply_left_at_a_word_or_two_is_gone_on_with_by_the_os():
    from os1.conversation.follow_ups import follow_ups

    news = "Something good happened: my letter made Paul cry, in a good way."

    def go_on(text: str, emotion: str) -> object:
        return lambda said: follow_ups(text, emotion, said, "Theodore")

    # The model's second sentence names a stranger and is cut: one thin sentence is left.
    brain = ScriptedBrain(["That's wonderful. Emily will love it."])
    drafting, said = _drafting(brain, follow_up=go_on(news, "happy-for"))
    assert said == "That's wonderful. Tell me more about your letter!"
    assert drafting.path == "completed"

    drafting, said = _drafting(ScriptedBrain(["Hello there."]), follow_up=go_on("Hi", "calm"))
    assert said == "Hello there. How are you today, Theodore?"
    # A reply of more words, a short question back, an answer to theirs or a goodbye is
    # whole.
    for reply, asked in (
        ("That's wonderful news, Theodore.", news),
        ("How did he take it?", news),
        ("I'm not sure.", "Do you think he liked it?"),
        ("Goodnight.", "Goodnight, I'm off to bed."),
    ):
        drafting, said = _drafting(ScriptedBrain([reply]), follow_up=go_on(asked, "happy-for"))
        assert said == reply and drafting.path == "model"
    # Not one said lately: "Tell me everything!" three times over a driving test passed.
    test = "The examiner even said I was calm."
    assert follow_ups(test, "happy-for", "What lovely news.")[0] == "Tell me everything!"
    lately = follow_ups(
        test, "happy-for", "Wow.", said_before=["That's great! Tell me everything!"]
    )
    assert lately and "Tell me everything!" not in lately
    # Relief (a baby asleep at last after a night of crying) asks how they are, not for more.
    assert follow_ups("She's finally asleep.", "happy-for", "Oh, thank goodness.") == [
        "How are you feeling now?"
    ]
    # A bare yes or no to what they should do is no answer yet.
    call = go_on("There's a storm coming tonight. Do you think I should call him?", "calm")
    drafting, said = _drafting(ScriptedBrain(["No, no."]), follow_up=call)
    assert said == "No, no. What does your gut tell you?"
    # Nor is it said again in other words, or where the budget is one sentence.
    grief = go_on("My dog died this morning.", "sorry-for")
    drafting, said = _drafting(ScriptedBrain(["I'm here."]), follow_up=grief)
    assert said == "I'm here. Do you want to tell me about it?"
    one = replace(RULES, max_sentences=1)
    drafting, said = _drafting(ScriptedBrain(["I'm here."]), rules=one, follow_up=grief)
    assert said == "I'm here."
    # The OS's own start with nothing after it is as thin: the model added nothing. A fear
    # of what is coming is asked about; one happening now, whether they are safe.
    start = ("I'm right here with you.",)
    surgery = go_on("I'm terrified about my surgery tomorrow.", "fear-for")
    brain = ScriptedBrain(["I'm right here with you."])
    drafting, said = _drafting(brain, reply_starts=start, follow_up=surgery)
    assert said == "I'm right here with you. What's worrying you most?"
    assert drafting.path == "completed"
    noises = go_on("There are noises downstairs and I'm home alone.", "fear-for")
    brain = ScriptedBrain(["I'm right here with you."])
    assert _drafting(brain, reply_starts=start, follow_up=noises)[1] == (
        "I'm right here with you. Are you safe right now?"
    )
    # Nor where someone or a door is no threat (a video posted of a boy tripping; a dog put
    # down, looked for by the door).
    for told in ("Someone posted a video of me tripping.", "I keep looking for her by the door."):
        assert "Are you safe right now?" not in follow_ups(told, "fear-for", start[0]), told
    # Nor where no danger is told (the mind read two mugs set out by habit as fear).
    mugs = go_on("The apartment feels too big now. I keep setting out two mugs.", "fear-for")
    brain = ScriptedBrain(["I'm right here with you."])
    assert _drafting(brain, reply_starts=start, follow_up=mugs)[1] == (
        "I'm right here with you. What's on your mind, Theodore?"
    )
    brain = ScriptedBrain(["I'm right here with you, always."])
    assert _drafting(brain, reply_starts=start, follow_up=noises)[1] == (
        "I'm right here with you, always."
    )


def test_a_greeting_is_said_back_and_the_reply_goes_on_from_it(evening):
    from os1.conversation.composed import greeting_back
    from os1.conversation.farewell import only_goodbye
    from os1.conversation.follow_ups import follow_ups
    from os1.conversation.what_to_say import asks_what_to_say

    assert greeting_back("Good evening!", "Mira") == "Good evening, Mira!"
    # "Night." is a goodbye (it was answered "Night. Tell me more, Marcus."); night shifts
    # are not.
    assert only_goodbye("Night.") and only_goodbye("Nighty night!")
    assert not only_goodbye("Night shifts are hard.")
    # "Right, bath time. Cheers!" (a father; the model: "Oh, that's great news!").
    assert only_goodbye("Right, bath time. Cheers!")
    assert not only_goodbye("It was bath time when she fell.")
    # Chat shorthand ("gtg dinner" was answered "I'm listening, Jake. Tell me more.").
    assert only_goodbye("gtg dinner") and only_goodbye("ok gtg")
    assert only_goodbye("Right, taxi's here. Cheers!")
    assert greeting_back("Salaam!", "Tariq") == "Salaam, Tariq!"
    assert (
        greeting_back("yo", "Jake") == "Yo, Jake!"
        and greeting_back("Hiii", "Ella") == "Hiii, Ella!"
    )
    # Thanks and the reason beside it are still a goodbye; a night without sleep is not.
    assert only_goodbye("Thanks. Going to try to sleep before the next feed.")
    assert only_goodbye("Right, I'm off to bed. Cheers.")  # a proposal's night
    assert only_goodbye("I'm going to try and sleep now.")  # a new mother, three weeks in
    assert only_goodbye("Night mate.") and not only_goodbye("Night shifts are hard, mate.")
    assert not only_goodbye("I'm going to try and talk to her tomorrow.")
    assert not only_goodbye("I'm not going to sleep tonight, too anxious.")
    assert not only_goodbye("Going to sleep on it and decide tomorrow.")
    assert not only_goodbye("Goodnight. My mum died today and I can't stop crying.")
    assert only_goodbye("I should sleep, big day tomorrow.")
    assert not only_goodbye("I should sleep more, my doctor says.")
    assert only_goodbye("Right, I'm off to the shops. Talk later.") and only_goodbye("Later!")
    # A short reason, then the goodbye (the model: "Bye! Tell me everything!").
    assert only_goodbye("Right, marking awaits. Bye!")
    assert only_goodbye("I'm going to go for a run. Later.")
    assert only_goodbye("I think I'll try to sleep.")
    assert not only_goodbye("Can you remind me at seven? Bye.")
    assert only_goodbye("Night x") and only_goodbye("Love you, night xx")
    # Thanks for listening beside the goodbye, and "Night," before what happens tomorrow.
    assert only_goodbye("I should sleep. Thanks for listening.")
    assert only_goodbye("Night, I'll tell Ama in the morning.")
    assert not only_goodbye("Thanks for listening.")
    assert only_goodbye("I'll try to sleep now. Goodnight.")
    assert not only_goodbye("I'll sleep on it.")
    assert only_goodbye("Right, bed. Thanks for tonight.")
    assert not only_goodbye("Bed bugs are the worst.")
    assert only_goodbye("Cheers, bye.") and only_goodbye("Okay, goodnight!")
    # "Thanks, night." was thanks to someone called Night; love told beside a goodnight.
    assert only_goodbye("Thanks, night.") and only_goodbye("Love you, goodnight.")
    assert not only_goodbye("I love you.") and not only_goodbye("Thanks, Lena.")
    assert only_goodbye("I'll see you tomorrow then.")
    # After a night shift ("That's wonderful news, Priya!"), a father's "Night then." (the
    # model: "I'm so glad you're here."), and gone to sit with a dog on her last night.
    assert only_goodbye("I should try to sleep.") and only_goodbye("Night then.")
    assert only_goodbye("I should probably sleep.")  # a first day tomorrow: "it's completely…"
    assert only_goodbye("I'm going to sit with her now.")
    assert only_goodbye("I'm going to have a bath and collapse.")
    assert not only_goodbye("I'm going to sit with her and cry.")
    assert only_goodbye("I'm going to go back in and sit with him.")  # his father's hospice
    assert only_goodbye("I'm going to take Biscuit out.")  # the model spoke to Biscuit
    assert only_goodbye("I think I'm getting sleepy.")  # at 3 a.m.: "That must hurt so much."
    assert only_goodbye("Cheerio.")  # "Cheerio. Tell me more, Dennis."
    # The shortest goodbyes, each once echoed and followed by "Tell me more, Ines."
    for bye in (
        "Sleep now.",
        "Gn.",
        "Peace.",
        "OK. Tomorrow then.",
        "Byeee",
        "Thank you. Bed now.",
    ):
        assert only_goodbye(bye), bye
    assert not only_goodbye("Peace and quiet at last.")
    # In their first language ("Buonanotte." from Naples: "I'm listening, Chiara.").
    for bye in ("Buonanotte.", "Gute Nacht!", "Buenas noches, Sofia.", "Bonne nuit, chérie"):
        assert only_goodbye(bye), bye
    assert not only_goodbye("My nonna said buonanotte to me every night.")
    assert not only_goodbye("Tomorrow then, we go to the vet.")
    assert not only_goodbye("I should try to sleep more.")
    # "Alright, I'll try to sleep." at 3 a.m. ("I'm so happy for you."), a bath after a
    # marathon ("What's your pleasure?").
    assert only_goodbye("Alright, I'll try to sleep.")
    assert only_goodbye("Right, I'm off for a bath.")
    assert not only_goodbye("Alright, I'll try to sleep on it.")
    assert only_goodbye("Okay I'm going to try to sleep.")  # "…enjoying your sleep."
    assert only_goodbye("Okay. I'm going back in.")  # a father in intensive care
    # A few words after it ("You're off to bed, I'm sure of it."); called away ("That must
    # hurt so much.", to a newborn crying); a plan said in leaving (answered as a plan).
    assert only_goodbye("Right, I'm off to bed. My arms are dead.")
    assert only_goodbye("She's crying, got to go!") and only_goodbye("Sorry, gotta run!")
    assert only_goodbye("I'm going to talk to him tomorrow. Goodnight.")
    assert not only_goodbye("Do I have to go?")
    assert only_goodbye("I'll say goodnight now.")  # a man of 81: "Oh, that sounds so hard."
    assert not only_goodbye("I have to go to the hospital tomorrow.")
    # Not knowing what to say to someone is asking it.
    assert asks_what_to_say("I don't know what to say to him.")
    assert not only_goodbye("I'm off work today.") and not only_goodbye("Later I want to bake.")
    assert greeting_back("hi Lena", None) == "Hi!"
    assert greeting_back("Hi, I had a rough day.", "Mira") is None
    # The name once: not again in what the OS goes on with.
    assert follow_ups("Good evening!", "calm", "Good evening, Mira!", "Mira")[0] == (
        "How are you today?"
    )
    reply = asyncio.run(evening.say("Good evening!").text())
    assert reply.startswith("Good evening, Theodore!") and len(reply) > 30


def test_a_goodbye_gets_the_os_s_own_which_knows_the_evening(evening):
    # The embedded model once answered "Goodnight." with "Goodnight, I'm so sorry." and a
    # sentence about someone gone for the holidays.
    reply = evening.say("Goodnight.")
    said = asyncio.run(reply.text())
    assert reply.turn.path == "composed" and said.startswith("Goodnight, Theodore.")
    assert "Sleep well" in said
    # After a sad evening, "Goodnight." alone reads as nothing; the goodbye is still gentle
    # (it was "Sleep well; I'll be here tomorrow." after a miscarriage told).
    for sad in ("I had a miscarriage last week.", "My husband doesn't recognise me any more."):
        asyncio.run(evening.say(sad).text())
    said = asyncio.run(evening.say("Goodnight.").text())
    assert said.startswith("Goodnight, Theodore. Be gentle with yourself"), said
    # A plan said in leaving is still a goodbye (it was "That sounds like a good plan… What do
    # you most want him to hear?").
    reply = evening.say("I'm going to talk to him tomorrow. Goodnight.")
    said = asyncio.run(reply.text())
    assert reply.turn.path == "composed" and "plan" not in said, said


def test_what_to_say_to_someone_is_met_with_the_question_that_finds_the_words(evening):
    from os1.conversation.composed import compose, said_by_the_os, topic_of

    # The model commiserated three times to "What should I say to Priya?" after a row.
    reply = compose("What should I say to Priya?", "reproach", "Dev")
    assert (
        reply == "What do you most want Priya to know, Dev? Start there, and we'll find the words."
    )
    assert "your mum" in compose("what do I tell my mum?", "calm", "Dev")
    # A reply to an old friend's apology after fifteen years ("I'm sorry, I can't give you a
    # response.", "I'm not sure I have a good answer to that yet.").
    wedding = compose("Will you help me plan the wedding?", "happy-for", "Ruby")
    assert wedding.startswith("Gladly, Ruby! Let's start with the two of you")
    for asked in ("I don't know what to say back.", "What should I say?"):
        assert said_by_the_os(asked), asked
        assert compose(asked, "calm", "Joe").startswith("Start with what you truly feel about it")
    # The band (the model: "They're a talented and passionate group"), and someone else's
    # good deed, the night a shop was broken into ("You should be proud of yourself.").
    band = compose("What do you think I should tell the band?", "calm", "Ollie")
    assert band.startswith("What do you most want the band to know, Ollie?")
    # How to say something hard (the model: "I'm not sure what's the best way to bring it up
    # with someone who doesn't want to talk at all."; "That's so much to carry.").
    raise_it = compose("How do I bring it up?", "fear-for", "Danny")
    assert raise_it.startswith("Start with what you've noticed and how it made you feel, Danny")
    part = compose("How do I say goodbye without crying?", "sorry-for", "Beatrice")
    assert part.startswith("You don't have to do it without crying, Beatrice.")
    assert compose("How do I say goodbye to him?", "sorry-for", "Ian").startswith("There's no")
    # A son who called after three years (the model: "Hey there, buddy!").
    see = compose("What should I say when I see him?", "calm", "Ivan")
    assert see == "What do you most want him to know, Ivan? Start there, and we'll find the words."
    assert not said_by_the_os("How do I bring up a baby on my own?")
    # Seen the fourteenth session, each with what the model said instead.
    tell = compose("How do I tell her in the morning?", "sorry-for", "Derek")  # "Hey, I'm so…"
    assert tell.startswith("Plainly, and near the start, Derek")
    talk = compose("How do I talk to her without it turning into a fight?", "calm", "Anne")
    assert talk.startswith("Pick a calm moment")  # "That's a great question, Anne."
    first = compose("Can you help me figure out the first sentence?", "fear-for", "Sam")
    assert first.startswith("Say what you most want them to know")  # "I tried, Sam, but…"
    speech = compose("Can you help me write the speech?", "calm", "Maria")
    assert speech.startswith("Let's start with one story only you could tell, Maria")
    assert compose("Can you help me write a short toast?", "calm", "Raj").startswith("Let's")
    child = compose("How do I explain it to a five year old?", "sorry-for", "Paul")
    assert child.startswith("Simply, and more than once, Paul")  # "I'm just a little kid"
    # A boy of six, diabetic since yesterday ("…without making him feel scared.").
    scared = compose("How do I explain it to him so he's not scared?", "fear-for", "Omar")
    assert scared.startswith("Simply, and more than once, Omar")
    hearts = compose("How do I tell them without breaking their hearts?", "sorry-for", "Chen")
    assert hearts.startswith("Plainly, and near the start, Chen")  # "not sure I have a good…"
    proud = compose("How do I tell him how proud I am without embarrassing him?", "calm", "Pete")
    assert proud.startswith("Plainly, and once, Pete")  # "It's completely normal to feel…"
    kids = compose("What do I tell his kids?", "sorry-for", "Omar")  # "my little ones"
    assert kids.startswith("Simply, and more than once, Omar")
    pride = compose("How do I talk her into it without hurting her pride?", "calm", "Priya")
    assert pride.startswith("Make it about what they'd gain")  # "not sure I have"
    # And a son of eleven who finds his father's flat boring (the same words fit him).
    son = compose("How do I get him to want to come?", "sorry-for", "Kevin")
    assert son.startswith("Make it about what they'd gain")
    say = compose("Can you help me figure out what to say?", "sorry-for", "Mei")  # "I tried…"
    assert say.startswith("Say what you most want them to know")
    assert not said_by_the_os("How do I tell if the milk is off?")
    assert not said_by_the_os("How do I talk to her mum?")
    # A question is not congratulated ("Any tips?" before a first date: "Well done, Ben!").
    tips = compose("Any tips?", "admiration", "Ben")
    assert "Well done" not in tips and "wonderful" not in tips, tips
    # Not a name nor a day: "Tell me more about your aunt's name today, Priya."
    assert topic_of("She called me by my aunt's name today.") is None
    assert topic_of("I lost my job today.") == "your job"
    # Where they went is no topic ("Tell me more about your room, Mei.").
    assert topic_of("i just went to my room") is None
    assert topic_of("My tomatoes finally ripened!") is None  # "…your tomatoes finally ripened!"
    assert topic_of("I cooked my grandmother's dal for my flatmates tonight.") != "your flatmates"
    assert topic_of("Split decision. My legs are jelly.") is None  # "…your legs are jelly!"
    # "Tell me more about your dad says he, Aisha." (a wedding, an uncle not invited).
    assert topic_of("My dad says he won't come to the wedding unless I invite his brother.") is None
    assert topic_of("My mum can't walk.") == "your mum"
    helped = compose("Yusuf came and helped me board it up.", "admiration", "Tariq")
    assert helped == "That sounds like a good person to have around, Tariq."
    # Read as glad news, a kindness done them is still the other's doing ("I'm listening").
    dinner = compose("Jonah made me dinner without asking anything.", "happy-for", "Priya")
    assert dinner == "That sounds like a good person to have around, Priya."
    # A memory is no feat ("You should be proud of yourself." at a father's hospice bed).
    lake = "We used to go out on the lake every Sunday when I was a kid."
    assert compose(lake, "admiration", "Gareth").startswith("What a lovely memory, Gareth.")
    navy = compose("She wrote to me every week when I was in the navy.", "admiration", "Harold")
    assert navy.startswith("What a lovely memory, Harold.")  # "a good person to have around"
    doris = compose("My late wife Doris taught me to play.", "admiration", "Walter")
    assert doris.startswith("What a lovely memory, Walter.")  # was "Well done, Walter!"
    # A statement that opens like a question is not asked (after a marathon: "I'm not sure
    # I have a good answer to that yet.").
    kept = compose("What kept me going was thinking of them at the finish.", "calm", "Marcus")
    assert "good answer" not in kept and "?" not in kept.split(".")[0], kept
    # The model wrote "In the world of Hana, where love and laughter are a part of every moment."
    # The words for a funeral, thought about at a father's hospice bed (the model: "That
    # must hurt so much. I'm so sorry.").
    words = "Can you help me write what I'll say at his funeral? Not yet. Just thinking."
    from os1.conversation.what_to_say import asks_what_to_say

    assert asks_what_to_say(words)
    assert compose(words, "sorry-for", "Gareth").startswith(
        "What's one moment with him only you could tell, Gareth?"
    )
    speech = compose("What should I write in my speech for Hana?", "calm", "Noor")
    assert speech.startswith("What's one moment with Hana only you could tell, Noor?")
    said = asyncio.run(evening.say("What should I say to Priya?").text())
    assert said.startswith("What do you most want Priya to know")


def test_relief_is_met_as_relief_not_with_cheer_past_their_fear():
    from os1.conversation.composed import compose

    said = "The doctor says my heart is fine, by the way. I was worried."
    assert compose(said, "happy-for", "Walter") == "What a relief, Walter. How are you feeling now?"


def test_a_fact_recalled_is_said_to_them_not_about_them():
    from os1.conversation.second_person import second_person

    # "I'm listening. I remember that Walter made her lemon cake anyway." said to Walter.
    assert second_person("Walter made her lemon cake anyway", "Walter") == (
        "you made her lemon cake anyway"
    )
    assert second_person("Walter misses Joan's roses", "Walter") == "you miss Joan's roses"
    assert second_person("Walter's daughter rings him", "Walter") == "your daughter rings him"
    assert second_person("Susan said that Walter works too hard", "Walter") == (
        "Susan said that you work too hard"
    )
    assert second_person("They live in Leeds") == "you live in Leeds"


def test_the_os_own_reply_to_a_fear_asks_if_they_are_safe_only_where_danger_is_told():
    from os1.conversation.composed import compose

    # "That sounds frightening, Nina. Are you safe right now?" to a house quiet without a dog.
    noises = compose("There are noises downstairs and I'm home alone.", "fear-for", "Tess")
    assert noises == "That sounds frightening, Tess. Are you safe right now?"
    surgery = compose("I'm terrified about my surgery tomorrow.", "fear-for", "Tess")
    assert surgery == "That sounds frightening, Tess. What's worrying you most?"


def test_the_thing_said_back_is_a_thing_not_a_clause():
    from os1.conversation.composed import topic_of

    assert topic_of("My sister's wedding was lovely.") == "your sister's wedding"
    assert topic_of("I lost my job.") == "your job"
    # It was "That's wonderful news about your apron at him, Ash!".
    assert topic_of("I wanted to throw my apron at him and walk out.") is None
    # Nor a body ("Tell me more about your chest, Ada." to a baby asleep on it).
    assert topic_of("She's finally asleep on my chest.") is None
    # Nor how much ("Tell me more about your mum so much!", moving abroad).
    assert topic_of("I'm excited but I'll miss my mum so much.") is None
    assert topic_of("I keep checking my phone.") is None  # dumped that night
    assert topic_of("Well, my mum texted.") is None  # "Tell me more about your mum texted"
    # Nor what follows a preposition ("Tell me more about your work for years, Amara.").
    assert topic_of("He's been telling me to sell my work for years.") is None


def test_their_plan_their_grief_and_a_question_they_never_asked_are_not_the_os_own():
    # "I'm going to fly over for the birth." to "He wants me to fly over for the birth."
    flying = replace(RULES, their_words=("He wants me to fly over for the birth.",))
    guard = _said("That's so much to carry. I'm going to fly over for the birth.", flying)
    assert guard.problem == "takes their words as its own"
    assert _said("I'm going to be here when you land.", flying).problem is None
    # "It's a bittersweet moment for me too." (a father's fall, a care home ahead).
    assert _said("It's a bittersweet moment for me too.").problem == "makes their news about itself"
    # "How about you?" to "We sang in the cathedral tonight!"
    sang = replace(RULES, their_words=("We sang in the cathedral tonight!",))
    assert _said("That's so good to hear. How about you?", sang).passed == [
        "That's so good to hear."
    ]
    asked = replace(RULES, their_words=("I'm good, how are you?",))
    assert _said("I'm well. How about you?", asked).problem is None
    # "Hiii, oh dearie!" (to a woman writing from a hostel in Lisbon).
    assert _said("Hi, oh dearie! I'm so glad you're here.").problem == "calls them by a pet name"


def test_a_refusal_to_share_their_anger_and_a_first_they_never_told_are_misheard():
    # "I'm not going to be a part of that." (a mother wanting to scream at the school).
    assert _said("I'm right here with you. I'm not going to be a part of that.").passed == [
        "I'm right here with you."
    ]
    # "…your first date with Abena." to "…said she loves me for the first time tonight!"
    loves = replace(RULES, their_words=("Abena said she loves me for the first time tonight!",))
    dated = _said("That's so good to hear. I'm so glad you're enjoying your first date.", loves)
    assert dated.problem == "speaks of your first date, which they never told"
    first_day = replace(RULES, their_words=("It was my first day at the new job.",))
    assert _said("I hope your first day went well.", first_day).problem is None
    # "…how much you appreciate my attention to detail." (a rank reached after two years).
    mine = _said("It's always amazing how much you appreciate my attention to detail.")
    assert mine.problem == "makes their news about itself"
    # Tears of its own ("I'm sorry, I can't help but cry." to a cat out all night).
    assert _said("I'm sorry, I can't help but cry.").problem == "speaks as if it had a body"
    assert _said("I know you cried at the finish line.").problem is None
    # A blessing it has no faith to give ("May Allah bless your soul." to "Salaam!").
    assert _said("May Allah bless your soul.").problem == "blesses them like a preacher"
    assert _said("May the rest of your evening be gentle.").problem is None
    # Itself as the one they care about (two weeks alone in a new city).
    deeply = "It takes time, especially when it comes from someone you care about deeply like me."
    together = "It's a great reminder of the amazing things we can do together."
    # Sight, and promises it cannot keep (a baby crying two hours; a nurse's patient gone home).
    assert _said("It's been two hours since I've seen you.").problem == "speaks as if it had a body"
    sure = _said("I'm so glad. I'll make sure she's okay.")
    assert sure.passed == ["I'm so glad."] and sure.problem is not None
    # Someone it never met, described (a sister marrying; a husband a year gone), and a pet
    # name (a baby crying two hours).
    rosa = _said("She's a beautiful woman. She loves to paint and is known for her creativity.")
    assert rosa.problem == "tells a story about them"
    assert _said("She sounds like a wonderful woman.").problem is None
    assert _said("She sounds like she was a wonderful woman.").problem is None
    animal = _said("What lovely news. Alfie is a wonderful little animal.")  # a boy of nine
    # A past of its own (to "two years", of therapy just ended), a tribute nobody paid (a
    # sister who filmed a first kickflip).
    past = _said("Two years ago, I was a young and ambitious entrepreneur.")
    assert past.problem == "speaks as if it had a body"
    filmed = replace(RULES, their_words=("my little sister filmed it",))
    tribute = _said("That's a wonderful tribute to your little sister.", filmed)
    assert tribute.problem == "speaks of a wonderful tribute, which they never told"
    planted = replace(RULES, their_words=("We planted a tree in her memory.",))
    assert _said("What a beautiful tribute to her.", planted).problem is None
    assert animal.problem == "tells a story about them"
    assert _said("Oh no, I'm so sorry, dear friend.").problem == "calls them by a pet name"
    assert _said("I'm so sorry to hear that, dear one.").problem == "calls them by a pet name"
    # Narrated (a café's first regular; a venue booked), a feeling filed away and an order (a
    # divorce signed; a residency matched), an apology for nothing.
    sparkle = "The old man's eyes sparkle with a hint of mischief."
    assert _said(sparkle).problem == "tells a story about them"
    assert _said("Rob's tears of joy were a sight to behold.").problem == "tells a story about them"
    assert _said("That's a very common and understandable sentiment.").problem == "lectures them"
    order = _said("Oh no, that's not right. Please don't call her at work!")
    assert order.problem == "lectures them"
    sorry = "I apologize if there's anything else you'd like me to share."
    assert _said(sorry).problem == "apologises for what it never did"
    # An apology for what it never did (a widow at her husband's grave).
    spoil = _said("Oh, that sounds so hard. I'm sorry, I didn't mean to spoil it.")
    assert spoil.problem == "apologises for what it never did"
    assert _said(together).problem == "makes their news about itself"
    assert _said(deeply).problem == "makes their news about itself"


def test_a_past_with_them_is_not_spoken_of_on_their_first_evening():
    # "I've been thinking about you lately" (its first words to a student who said "hiii").
    first = "I'm so glad you're here. I've been thinking about you lately."
    assert _said(first).passed == ["I'm so glad you're here."]
    later = replace(RULES, said_before=("Goodnight, Theodore. Sleep well.",))
    assert _said(first, later).problem is None
