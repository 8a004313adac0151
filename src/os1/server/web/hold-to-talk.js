// Talking by voice: hold to talk, by pointer or keyboard (Space/Enter held on the focused
// button), or hands-free until turned off.

import { $ } from "./drawing.js";

export function listenForTalking(voice) {
  const hold = $("hold-to-talk");
  function press(event) {
    if (event.button !== undefined && event.button !== 0) return;
    event.preventDefault();
    if ($("hands-free").getAttribute("aria-pressed") === "true") return;
    hold.classList.add("live");
    if (event.pointerId !== undefined) hold.setPointerCapture(event.pointerId);
    voice.start();
  }
  function release() {
    if (!hold.classList.contains("live")) return;
    hold.classList.remove("live");
    voice.finish();
  }
  hold.addEventListener("pointerdown", press);
  hold.addEventListener("pointerup", release);
  hold.addEventListener("pointercancel", release);
  hold.addEventListener("keydown", (event) => {
    if ((event.key === " " || event.key === "Enter") && !event.repeat) press(event);
  });
  hold.addEventListener("keyup", (event) => {
    if (event.key === " " || event.key === "Enter") release();
  });
  hold.addEventListener("contextmenu", (event) => event.preventDefault());

  $("hands-free").addEventListener("click", () => {
    const on = $("hands-free").getAttribute("aria-pressed") !== "true";
    $("hands-free").setAttribute("aria-pressed", String(on));
    if (on) voice.start();
    else voice.finish();
  });
}
