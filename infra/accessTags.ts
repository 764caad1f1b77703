/**
 * The principal tag that marks the upload roles. The bucket policies deny tagged principals every
 * read of uploads and of the data bucket outside `rejects/`, whatever their own policies say — a
 * second wall behind the roles' narrow grants.
 */
export const ACCESS_TAG_KEY = 'kuomian:access';
export const UPLOADER_ACCESS = 'uploader';
export const UPLOADER_CONDITION = {
  StringEquals: { [`aws:PrincipalTag/${ACCESS_TAG_KEY}`]: UPLOADER_ACCESS },
};
