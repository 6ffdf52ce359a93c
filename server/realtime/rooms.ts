/** Socket.IO room names: who receives what is decided by which rooms a socket is in. */
export const rooms = {
  participants: (sessionId: string) => `s:${sessionId}:p`,
  /** Participants who posted to a question: under "after posting" only they see the others' posts. */
  postedTo: (sessionId: string, questionId: string) => `s:${sessionId}:q:${questionId}:posted`,
  /** Participants who voted on a contribution: under "after voting" only they see its tally. */
  votedOn: (contributionId: string) => `c:${contributionId}:voted`,
  facilitators: (sessionId: string) => `s:${sessionId}:f`,
  projectors: (sessionId: string) => `s:${sessionId}:proj`,
  roundFacilitators: (roundId: string) => `r:${roundId}:f`,
};
