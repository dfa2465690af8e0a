"use client";
import { useEffect } from "react";

/**
 * With JavaScript, a transcript line's time link moves the player there instead of loading the
 * page again, and the line being played is marked (`aria-current`) as the video runs.
 */
export function ReplaySeek() {
  useEffect(() => {
    const player = document.getElementById("player");
    const video = player?.querySelector("video");
    if (!player || !video) return;
    const links = [...player.querySelectorAll<HTMLAnchorElement>("a[data-seek]")];
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-seek]");
      if (!link) return;
      event.preventDefault();
      video.currentTime = Number(link.dataset.seek);
      void video.play().catch(() => undefined);
      video.focus();
    };
    const onTime = () => {
      let current: HTMLAnchorElement | undefined;
      for (const link of links) if (Number(link.dataset.seek) <= video.currentTime) current = link;
      for (const link of links) {
        const item = link.closest("li");
        if (link === current) item?.setAttribute("aria-current", "true");
        else item?.removeAttribute("aria-current");
      }
    };
    player.addEventListener("click", onClick);
    video.addEventListener("timeupdate", onTime);
    return () => {
      player.removeEventListener("click", onClick);
      video.removeEventListener("timeupdate", onTime);
    };
  }, []);
  return null;
}
