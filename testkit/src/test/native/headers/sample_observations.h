/*
 * What the sample global module saw, for the Linux driver to check. Not part of any IIS API.
 */
#ifndef JIIS_TESTKIT_SAMPLE_OBSERVATIONS_H
#define JIIS_TESTKIT_SAMPLE_OBSERVATIONS_H

struct SampleObservations
{
    DWORD dwNotificationsSeen;      /* OR of the GL_* bits of every override that ran */
    DWORD cTokenEntries;            /* token-cache records recognised via dynamic_cast */
    DWORD cbLastSid;                /* GetLengthSid of the last token entry's SID */
    PCWSTR pszLastUserName;         /* IHttpTokenKey::GetUserName of the last token entry */
    HANDLE hLastImpersonationToken;
    BOOL fTerminated;
};

extern SampleObservations g_sampleObservations;

#endif /* JIIS_TESTKIT_SAMPLE_OBSERVATIONS_H */
