// English messages: common.
export default {} as const;
