// The page's screens: signing in, the first-boot interview, talking; one shown at a time.

import { $ } from "./drawing.js";

export function show(screen) {
  for (const name of ["auth", "interview", "talk"]) $(`screen-${name}`).hidden = name !== screen;
  $("who").hidden = screen === "auth";
  window.os1.screen = screen;
}
