"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While the request waits: renders the page anew as soon as its status changes (accepted, …). */
export function RequestStatusListener({ url }: { url: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener("status", () => {
      source.close();
      router.refresh();
    });
    return () => source.close();
  }, [url, router]);
  return null;
}
