""" "What's 17 times 23?", "what is 15% of 80?", "how much is 120 divided by 7?": a sum,
worked out exactly.

Asked to multiply, the embedded model wrote nothing three times and the OS said "I'm not
sure I have a good answer to that yet." A small model cannot be trusted with a sum, and
needs not be asked: the numbers are read from the words and the answer is exact
(Python's `decimal`, to twelve significant digits), said back with the sum.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext
from typing import Any

from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.skills.grammar import rule
from os1.skills.skill import Skill
from os1.skills.unit import Parts, Unit

_NUMBER = r"-?\d{1,15}(?:,\d{3})*(?:\.\d{1,10})?"
_OPERATORS = {
    "times": "times", "x": "times", "*": "times", "\u00d7": "times", "multiplied by": "times",
    "plus": "plus", "+": "plus", "and": "plus", "add": "plus",
    "minus": "minus", "-": "minus", "take away": "minus", "less": "minus",
    "divided by": "divided by", "/": "divided by", "÷": "divided by", "over": "divided by",
    "% of": "percent of", "percent of": "percent of", "per cent of": "percent of",
}  # fmt: skip
_OPERATOR = "|".join(
    re.escape(o) if not o.isalpha() and " " not in o else o.replace(" ", r"\s+")
    for o in sorted(_OPERATORS, key=len, reverse=True)
)
_DIGITS = 12  # significant digits an answer is worked to
_SAID_DECIMALS = 4  # decimals said as they are; more are rounded to two


class Sum(BaseModel):
    left: str = Field(description="The first number, in digits")
    operator: str = Field(description="times, plus, minus, divided by or percent of")
    right: str = Field(description="The second number, in digits")


def worked_out(left: Decimal, operator: str, right: Decimal) -> Decimal:
    """`left` `operator` `right`, exactly where it can be, else to twelve digits."""
    with localcontext() as context:
        context.prec = _DIGITS
        context.traps[DivisionByZero] = True
        try:
            if operator == "times":
                return left * right
            if operator == "plus":
                return left + right
            if operator == "minus":
                return left - right
            if operator == "percent of":
                return left * right / 100
            return left / right
        except (DivisionByZero, InvalidOperation) as exc:
            raise InputError("Nothing can be divided by zero", "divide by another number") from exc


def said(number: Decimal) -> str:
    """A number as it is said: no trailing zeros, thousands grouped ("1,234.5"), and a long
    fraction rounded ("about 17.14", not "17.1428571429")."""
    if number == number.to_integral_value():
        return f"{int(number):,}"
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > _SAID_DECIMALS:
        return f"about {number.quantize(Decimal('0.01')).normalize():,f}"
    return f"{number.normalize():,f}"


def _read(match: re.Match[str], now: datetime) -> dict[str, Any]:
    operator = _OPERATORS[" ".join(match["operator"].lower().split())]
    return {"left": match["left"], "operator": operator, "right": match["right"]}


async def _calculate(args: Sum) -> str:
    try:
        left, right = (Decimal(n.replace(",", "")) for n in (args.left, args.right))
    except InvalidOperation as exc:
        raise InputError("Those aren't numbers I can work with", "say them in digits") from exc
    if args.operator not in set(_OPERATORS.values()):
        raise InputError(f"I can't {args.operator}", "ask for times, plus, minus or divided by")
    answer = worked_out(left, args.operator, right)
    if args.operator == "percent of":
        return f"{said(left)}% of {said(right)} is {said(answer)}."
    return f"{said(left)} {args.operator} {said(right)} is {said(answer)}."


RULES = (
    rule(
        "calculate",
        r"(?:(?:what(?:'s| is)|how much is|calculate|work out|what do you get for)\s+)"
        rf"(?P<left>{_NUMBER})\s*(?P<operator>{_OPERATOR})\s*(?P<right>{_NUMBER})",
        _read,
    ),
)


def _skills(parts: Parts) -> list[Skill[Any]]:
    return [Skill("calculate", "Work out a sum exactly", Sum, _calculate, reads_only=True)]


UNIT = Unit(_skills, RULES)
