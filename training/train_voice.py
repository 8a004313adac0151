"""Train os1's voice adapter (issue 17): a LoRA over the packaged SmolLM2, reproducibly.

    nice python -m training.train_voice [--steps N] [--threads 1]

Run it from the repository's root. Reads the voice corpus (training/voice_corpus.py:
each reply rendered through os1's own prompt code, a tenth held out by id hash),
renders each prompt with the model's own chat template as llama.cpp applies it and
tokenises it with llama.cpp's tokenizer, so training sees the very token ids the
embedded model is given (transformers' tokenizer is checked against them), and
trains on the reply's tokens only. The model is the packaged GGUF read by
transformers and dequantised to float32 (what llama.cpp runs, less its rounding of
activations); the adapter is peft's LoRA.

Rank 8, alpha 16, on all seven projections of every layer: the adapter is to teach a
manner and a format, not facts, which a low rank carries (the LoRA paper found rank
1-8 as good as 64 for such adaptation), and adapting every projection rather than
only attention is what made low-rank tuning match full tuning in QLoRA's study.
It is 2.4M parameters, 4.9 MB as GGUF f16. AdamW at 2e-4, warm-up then linear decay,
8 replies a step, one epoch, no dropout (every draw is then seeded by the order).

Checkpoints go to the work folder every few steps; a run started again goes on from
the last one (a changed corpus or setting is refused: --fresh starts over). The
adapter is written to a temporary file, loaded by llama.cpp and checked against
transformers+peft on held-out prompts (the change the adapter makes to the next-token
logits must agree, and the greedy replies are shown side by side), and only then
renamed into place: an interrupted or failed run never replaces an adapter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from llama_cpp import Llama
from peft import LoraConfig, get_peft_model, get_peft_model_state_dict, set_peft_model_state_dict
from transformers import AutoModelForCausalLM, AutoTokenizer

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M, verify
from os1.checksums import sha256_of
from training.voice_corpus import CORPUS, Example, read_corpus, split
from training.voice_gguf import LoraPair, Shape, write_lora

SEED = 17
RANK, ALPHA = 8, 16.0
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
RATE, BATCH, EPOCHS, WARMUP = 2e-4, 8, 1, 0.05
# Longer prompts (a long conversation's late turns) are left out rather than cut: a cut
# prompt is one the model never sees.
MAX_TOKENS = 1024
WORK = Path(tempfile.gettempdir()) / "os1-voice-training"
IGNORE = -100


class Encoder:
    """Prompts as llama.cpp renders and tokenises them for the embedded brain."""

    def __init__(self, model: Path) -> None:
        self._brain = LlamaCppBrain(model, threads=1, context_tokens=512)
        self._vocab = Llama(model_path=str(model), vocab_only=True, verbose=False)
        self.eos = self._vocab.token_eos()

    def prompt(self, example: Example) -> list[int]:
        text = self._brain.prompt(example.messages)
        return self._vocab.tokenize(text.encode("utf-8"), special=True)

    def encode(self, example: Example) -> tuple[list[int], list[int]]:
        """(input ids, labels): the labels are the reply's tokens and its end, else IGNORE."""
        prompt = self.prompt(example)
        reply = [*self._vocab.tokenize(example.reply.encode("utf-8"), add_bos=False), self.eos]
        return prompt + reply, [IGNORE] * len(prompt) + reply


def template_agreement(encoder: Encoder, tokenizer: object, examples: list[Example]) -> int:
    """How many prompts transformers' chat template tokenises to llama.cpp's very ids."""
    same, shown = 0, False
    for example in examples:
        chat = [{"role": m.role, "content": m.content} for m in example.messages]
        ids = tokenizer.apply_chat_template(  # type: ignore[attr-defined]
            chat, add_generation_prompt=True, tokenize=True, return_dict=False
        )
        mine = encoder.prompt(example)
        same += list(ids) == mine
        if list(ids) != mine and not shown:
            print(f"  first difference: transformers {list(ids)[:12]}… llama.cpp {mine[:12]}…")
            shown = True
    return same


def load_model(path: Path) -> tuple[torch.nn.Module, object]:
    tokenizer = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    base = AutoModelForCausalLM.from_pretrained(
        str(path.parent), gguf_file=path.name, dtype=torch.float32
    )
    torch.manual_seed(SEED)  # lora_A's initial values
    lora = LoraConfig(r=RANK, lora_alpha=ALPHA, target_modules=TARGETS, lora_dropout=0.0)
    return get_peft_model(base, lora), tokenizer


def fingerprint(data: list[tuple[list[int], list[int]]], args: argparse.Namespace) -> str:
    digest = hashlib.sha256(
        json.dumps([RANK, ALPHA, TARGETS, RATE, args.batch, args.epochs, "detached"]).encode()
    )
    for ids, labels in data:
        digest.update(np.asarray(ids + labels, dtype=np.int64).tobytes())
    return digest.hexdigest()


def order(epoch: int, count: int) -> list[int]:
    return random.Random(SEED * 1000 + epoch).sample(range(count), count)


def reply_loss(
    model: torch.nn.Module, ids: list[int], labels: list[int]
) -> tuple[torch.Tensor, int]:
    """The summed loss over the reply's tokens, and how many there are.

    The prompt is read first without gradients, adapter and all, and the reply is read
    over its keys and values: the forward pass is the whole one, but the backward pass
    covers the reply's few dozen tokens instead of the prompt's hundreds, and the output
    layer (a fifth of the model) runs only where there is something to predict. What is
    given up is the gradient through the prompt's own keys and values (as truncated
    backpropagation gives up the distant past); the forward pass the model learns from
    is exactly the one it runs."""
    cut = _reply_start(labels) - 1  # the prompt's last token predicts the reply's first
    with torch.no_grad():
        cache = model(input_ids=torch.tensor([ids[:cut]]), use_cache=True).cache
    out = model(
        input_ids=torch.tensor([ids[cut:]]),
        labels=torch.tensor([labels[cut:]]),
        cache=cache,
        use_cache=True,
    )
    count = sum(1 for label in labels[cut + 1 :] if label != IGNORE)
    return out.loss * count, count


def train(
    model: torch.nn.Module, data: list[tuple[list[int], list[int]]], args: argparse.Namespace
) -> None:
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    per_epoch = math.ceil(len(data) / args.batch)
    total = per_epoch * args.epochs
    trained = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trained, lr=RATE, weight_decay=0.0)
    warm = max(1, round(total * WARMUP))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm + 1)))
    )
    mark = fingerprint(data, args)
    checkpoint, start = work / "checkpoint.pt", 0
    if checkpoint.exists() and not args.fresh:
        kept = torch.load(checkpoint, weights_only=False)
        if kept["fingerprint"] != mark:
            sys.exit(
                f"The checkpoint in {work} is of another corpus or setting: "
                "rerun with --fresh to start over (or --work for another folder)"
            )
        set_peft_model_state_dict(model, kept["lora"])
        optimiser.load_state_dict(kept["optimiser"])
        schedule.load_state_dict(kept["schedule"])
        start = kept["step"]
        print(f"resumed at step {start} of {total} from {checkpoint}")
    stop = total if args.steps is None else min(total, start + args.steps)
    print(
        f"{len(data)} replies, {per_epoch} steps an epoch of {args.batch}, {total} steps in all; "
        f"this run: steps {start + 1}-{stop}"
    )
    model.train()
    began, seconds, cpu = time.perf_counter(), [], time.process_time()
    for step in range(start, stop):
        epoch, k = divmod(step, per_epoch)
        chosen = order(epoch, len(data))[k * args.batch : (k + 1) * args.batch]
        counted = sum(sum(1 for x in data[i][1][1:] if x != IGNORE) for i in chosen)
        t0, summed = time.perf_counter(), 0.0
        for i in chosen:
            loss, _ = reply_loss(model, *data[i])
            (loss / counted).backward()
            summed += loss.item()
        torch.nn.utils.clip_grad_norm_(trained, 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
        seconds.append(time.perf_counter() - t0)
        if (step + 1) % args.log_every == 0 or step + 1 == stop:
            print(
                f"step {step + 1}/{total}  loss {summed / counted:.3f}  {seconds[-1]:.1f} s/step",
                flush=True,
            )
        if (step + 1) % args.save_every == 0 or step + 1 == stop:
            _save(
                checkpoint,
                {
                    "step": step + 1,
                    "fingerprint": mark,
                    "lora": get_peft_model_state_dict(model),
                    "optimiser": optimiser.state_dict(),
                    "schedule": schedule.state_dict(),
                },
            )
    if seconds:
        mean = sum(seconds) / len(seconds)
        print(
            f"trained {len(seconds)} steps in {time.perf_counter() - began:.0f} s: "
            f"{mean:.2f} s/step "
            f"({mean / args.batch:.2f} s a reply) on {torch.get_num_threads()} threads; the full "
            f"{total} steps would take {mean * total / 3600:.1f} h here"
        )
        # On a shared machine the wall clock says more about the others: the CPU time this
        # process used is what a step costs on an idle core (one thread).
        used = (time.process_time() - cpu) / len(seconds)
        print(
            f"CPU time {used:.1f} s/step ({used / args.batch:.2f} s a reply); load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )


def _reply_start(labels: list[int]) -> int:
    return next(i for i, label in enumerate(labels) if label != IGNORE)


def _save(path: Path, state: dict[str, object]) -> None:
    part = path.with_name(path.name + ".part")
    torch.save(state, part)
    os.replace(part, path)


@torch.no_grad()
def held_out_loss(
    model: torch.nn.Module, data: list[tuple[list[int], list[int]]]
) -> tuple[float, float]:
    """Mean loss a reply token on held-out replies: (with the adapter, without it)."""
    model.eval()
    sums = [0.0, 0.0]
    count = 0
    for ids, labels in data:
        loss, n = reply_loss(model, ids, labels)
        with model.disable_adapter():  # type: ignore[operator]
            plain, _ = reply_loss(model, ids, labels)
        sums[0] += float(loss)
        sums[1] += float(plain)
        count += n
    return sums[0] / max(count, 1), sums[1] / max(count, 1)


def lora_pairs(model: torch.nn.Module) -> dict[str, LoraPair]:
    pairs = {}
    for name, module in model.named_modules():
        if hasattr(module, "lora_A") and "default" in getattr(module, "lora_A", {}):
            pairs[name.removeprefix("base_model.model.")] = LoraPair(
                module.lora_A["default"].weight.detach().numpy().copy(),
                module.lora_B["default"].weight.detach().numpy().copy(),
            )
    return pairs


@torch.no_grad()
def agreement(
    model: torch.nn.Module, adapter: Path, prompts: list[list[int]], threads: int, tokens: int = 24
) -> tuple[list[float], list[tuple[str, str]]]:
    """How llama.cpp with the adapter agrees with transformers+peft: for each prompt, the
    correlation of the change the adapter makes to the next token's logits, and the two
    greedy replies.

    The change is compared with the adapter scaled up (llama.cpp's lora_scale, peft's
    scaling, alike) until it is well above the two backends' difference without it
    (llama.cpp rounds activations to 8 bits): early in training the adapter moves the
    logits by less than that, and the conversion is to be checked all the same."""
    model.eval()
    scale = _scale_for(model, prompts[0])
    path = str(verify(SMOLLM2_135M))
    made = {"model_path": path, "n_threads": threads, "logits_all": True, "verbose": False}
    plain = Llama(**made)
    scaled = Llama(**made, lora_path=str(adapter), lora_scale=scale)
    adapted = Llama(**made, lora_path=str(adapter))
    correlations, replies = [], []
    for ids in prompts:
        ours = _last_logits(scaled, ids) - _last_logits(plain, ids)
        _scale_lora(model, scale)
        theirs = model(input_ids=torch.tensor([ids])).logits[0, -1].double().numpy()
        _scale_lora(model, 1 / scale)
        with model.disable_adapter():  # type: ignore[operator]
            theirs -= model(input_ids=torch.tensor([ids])).logits[0, -1].double().numpy()
        correlations.append(float(np.corrcoef(ours, theirs)[0, 1]))
        said = adapted.create_completion(ids, max_tokens=tokens, temperature=0.0)
        out = model.generate(torch.tensor([ids]), max_new_tokens=tokens, do_sample=False)
        text = adapted.detokenize(out[0, len(ids) :].tolist()).decode("utf-8", "replace")
        replies.append((said["choices"][0]["text"], text))
    print(f"  (the logit change compared at {scale:.0f}x the adapter)")
    return correlations, replies


def _last_logits(llm: Llama, ids: list[int]) -> np.ndarray:
    llm.reset()
    llm.eval(ids)
    return np.array(llm.scores[len(ids) - 1], dtype=np.float64)


def _scale_lora(model: torch.nn.Module, factor: float) -> None:
    for module in model.modules():
        scaling = getattr(module, "scaling", None)
        if isinstance(scaling, dict) and "default" in scaling:
            scaling["default"] *= factor


def _scale_for(model: torch.nn.Module, ids: list[int]) -> float:
    """How far to scale the adapter for its change to the logits to be about 3 (std)."""
    logits = model(input_ids=torch.tensor([ids])).logits[0, -1]
    with model.disable_adapter():  # type: ignore[operator]
        change = float((logits - model(input_ids=torch.tensor([ids])).logits[0, -1]).std())
    return float(min(max(3.0 / max(change, 1e-9), 1.0), 1e4))


def main(argv: list[str] | None = None) -> int:
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=None, help="stop after this many steps")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--batch", type=int, default=BATCH)
    parser.add_argument("--threads", type=int, default=1 if os.getloadavg()[0] >= cores else cores)
    parser.add_argument(
        "--work", type=Path, default=WORK, help="checkpoints (default: %(default)s)"
    )
    parser.add_argument("--out", type=Path, default=None, help="the adapter (default: in --work)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl parts")
    parser.add_argument("--fresh", action="store_true", help="ignore an earlier checkpoint")
    parser.add_argument("--log-every", type=int, default=5)
    parser.add_argument("--save-every", type=int, default=10)
    parser.add_argument("--eval-limit", type=int, default=200, help="held-out replies to score")
    parser.add_argument("--check-prompts", type=int, default=4)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    began = time.perf_counter()
    model_path = verify(SMOLLM2_135M)
    train_set, held = split(read_corpus(sorted(args.corpus.glob("*.jsonl"))))
    if not train_set:
        sys.exit(
            "The voice corpus is empty: write training/data/voice/*.jsonl first (README there)"
        )
    encoder = Encoder(model_path)
    data = [encoder.encode(e) for e in train_set]
    kept = [d for d in data if len(d[0]) <= MAX_TOKENS]
    held_data = [d for d in (encoder.encode(e) for e in held) if len(d[0]) <= MAX_TOKENS]
    print(
        f"{len(kept)} training replies "
        f"({len(data) - len(kept)} over {MAX_TOKENS} tokens left out), "
        f"{len(held_data)} held out; prompt tokens mean {np.mean([len(d[0]) for d in kept]):.0f}"
    )
    model, tokenizer = load_model(model_path)
    sample = train_set[:: max(1, len(train_set) // 50)]
    print(
        f"chat template: transformers gives llama.cpp's token ids for "
        f"{template_agreement(encoder, tokenizer, sample)} of {len(sample)} prompts"
    )
    train(model, kept, args)
    scored = held_data[: args.eval_limit]
    if scored:
        mine, plain = held_out_loss(model, scored)
        print(
            f"held-out loss a reply token: {mine:.3f} with the adapter, {plain:.3f} without "
            f"({len(scored)} replies)"
        )
    out: Path = args.out or args.work / "os1-voice.gguf"
    out.parent.mkdir(parents=True, exist_ok=True)
    written = out.with_name(out.name + ".unchecked")
    config = model.config  # type: ignore[union-attr]
    shape = Shape(config.model_type, config.num_attention_heads, config.num_key_value_heads)
    write_lora(written, lora_pairs(model), ALPHA, shape)
    prompts = [ids[: _reply_start(labels)] for ids, labels in held_data or kept]
    correlations, replies = agreement(model, written, prompts[: args.check_prompts], args.threads)
    for (ours, theirs), r in zip(replies, correlations, strict=True):
        print(f"  logit change r={r:.3f}\n    llama.cpp:    {ours!r}\n    transformers: {theirs!r}")
    if min(correlations) < 0.9:
        print(f"llama.cpp does not apply the adapter as transformers does; left at {written}")
        return 1
    os.replace(written, out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB), sha256 {sha256_of(out)}")
    print(f"total {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
