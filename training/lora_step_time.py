"""How long one LoRA training step of a SmolLM2-135M-shaped model takes on this machine.

Issue 17 asks for os1's own adapter, trained on the CPUs here. Before writing 3,000
replies for it, this measures what one step costs: the model is built from
SmolLM2-135M's shape (its config.json; the weights' values do not change the time),
LoRA r=16 on every projection as peft applies it, AdamW, one sequence per step.

    .venv/bin/python -m training.lora_step_time --threads 2
"""

from __future__ import annotations

import argparse
import json
import time

import torch
from peft import LoraConfig, get_peft_model
from transformers import LlamaConfig, LlamaForCausalLM

PROJECTIONS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--lengths", type=int, nargs="+", default=[256, 512])
    args = parser.parse_args()
    torch.manual_seed(0)
    torch.set_num_threads(args.threads)
    config = LlamaConfig(
        vocab_size=49152,
        hidden_size=576,
        intermediate_size=1536,
        num_hidden_layers=30,
        num_attention_heads=9,
        num_key_value_heads=3,
        max_position_embeddings=8192,
        tie_word_embeddings=True,
    )
    lora = LoraConfig(r=16, lora_alpha=32, target_modules=PROJECTIONS, task_type="CAUSAL_LM")
    model = get_peft_model(LlamaForCausalLM(config), lora)
    trained = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(trained, lr=2e-4)
    seconds: dict[int, list[float]] = {}
    for length in args.lengths:
        ids = torch.randint(0, config.vocab_size, (1, length))
        for _ in range(args.steps):
            start = time.perf_counter()
            model(input_ids=ids, labels=ids).loss.backward()
            optimiser.step()
            optimiser.zero_grad()
            seconds.setdefault(length, []).append(round(time.perf_counter() - start, 2))
    print(json.dumps({"threads": args.threads, "seconds_per_step": seconds}))


if __name__ == "__main__":
    main()
