/** The page frame's own forms, passed down by the route: Deutsch / English, and the no-JS reload switch. */
export type FrameActions = {
  language: (formData: FormData) => Promise<void>;
  autoRefresh: (formData: FormData) => Promise<void>;
};
