/*
 * TEST DOUBLE -- not the Windows SDK.
 *
 * A minimal <sal.h> for Linux g++ builds only (mingw-w64 and MSVC have their own): the source
 * annotations expand to nothing, as they do for any compiler without code analysis.
 */
#ifndef JIIS_WINSHIM_SAL_H
#define JIIS_WINSHIM_SAL_H

#define _In_
#define _In_opt_
#define _In_z_
#define _In_reads_(size)
#define _In_reads_bytes_(size)
#define _Out_
#define _Out_opt_
#define _Out_writes_(size)
#define _Out_writes_bytes_(size)
#define _Inout_
#define _Inout_opt_
#define _Outptr_
#define _Outptr_opt_
#define _Ret_maybenull_
#define _Check_return_
#define _Success_(expr)

#endif /* JIIS_WINSHIM_SAL_H */
