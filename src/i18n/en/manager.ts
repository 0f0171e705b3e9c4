// English messages: manager.
export default {} as const;
