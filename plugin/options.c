// SPDX-License-Identifier: GPL-2.0
/*
 * Parsing of -fplugin-arg-pcpusect-KEY[=VALUE].
 */
#include "pcpusect-plugin.h"

/* Linux 6.12 lowcore: the marker sits in padding, the offset is
 * percpu_offset. */
struct pcpusect_config pcpusect_config = {
	.marker = 960,
	.offset = 952,
	.lowcore_alt = 0,
	.disable = false,
	.table_only = false,
	.fuse = true,
	.fault_narrow_store = false,
};

/* The mviy and ag use base register 0: a signed 20-bit displacement. */
#define DISP20_MAX ((1L << 19) - 1)

static bool parse_address(const char *key, const char *value, long *out)
{
	char *end;
	long v;

	if (!value || !*value) {
		error("%<-fplugin-arg-%s-%s%> needs an address, as in "
		      "%<-fplugin-arg-%s-%s=0x3c0%>",
		      PCPUSECT_NAME, key, PCPUSECT_NAME, key);
		return false;
	}
	errno = 0;
	v = strtol(value, &end, 0);
	if (errno || *end) {
		error("%<-fplugin-arg-%s-%s=%s%>: %qs is not a number",
		      PCPUSECT_NAME, key, value, value);
		return false;
	}
	if (v < 0 || v > DISP20_MAX) {
		error("%<-fplugin-arg-%s-%s=%s%>: the address must be in "
		      "0 to %ld, reachable as a 20-bit displacement off "
		      "%%r0", PCPUSECT_NAME, key, value, DISP20_MAX);
		return false;
	}
	*out = v;
	return true;
}

bool pcpusect_parse_args(struct plugin_name_args *info)
{
	bool ok = true;
	int i;

	for (i = 0; i < info->argc; i++) {
		const char *key = info->argv[i].key;
		const char *value = info->argv[i].value;

		if (!strcmp(key, "marker")) {
			ok &= parse_address(key, value, &pcpusect_config.marker);
		} else if (!strcmp(key, "offset")) {
			ok &= parse_address(key, value, &pcpusect_config.offset);
		} else if (!strcmp(key, "lowcore-alt")) {
			ok &= parse_address(key, value,
					    &pcpusect_config.lowcore_alt);
		} else if (!strcmp(key, "mode")) {
			if (value && !strcmp(value, "marker")) {
				pcpusect_config.table_only = false;
			} else if (value && !strcmp(value, "table")) {
				pcpusect_config.table_only = true;
			} else {
				error("%<-fplugin-arg-%s-mode=%s%>: the mode is "
				      "%<marker%> (the default) or %<table%>",
				      PCPUSECT_NAME, value ? value : "");
				ok = false;
			}
		} else if (!strcmp(key, "fuse")) {
			if (value && (!strcmp(value, "0") || !strcmp(value, "1"))) {
				pcpusect_config.fuse = *value == '1';
			} else {
				error("%<-fplugin-arg-%s-fuse=%s%>: the value is "
				      "%<1%> (fuse consecutive operations, the "
				      "default) or %<0%>",
				      PCPUSECT_NAME, value ? value : "");
				ok = false;
			}
		} else if (!strcmp(key, "inject-fault") && value &&
			   !strcmp(value, "narrow-store")) {
			pcpusect_config.fault_narrow_store = true;
		} else if (!strcmp(key, "disable")) {
			if (value) {
				error("%<-fplugin-arg-%s-disable%> takes no "
				      "value", PCPUSECT_NAME);
				ok = false;
			}
			pcpusect_config.disable = true;
		} else {
			error("unknown option %<-fplugin-arg-%s-%s%>; known "
			      "are %<marker=%>, %<offset=%>, %<lowcore-alt=%>, "
			      "%<mode=%>, %<fuse=%>, %<disable%> and, for tests, "
			      "%<inject-fault=narrow-store%>",
			      PCPUSECT_NAME, key);
			ok = false;
		}
	}
	if (ok && pcpusect_config.offset % 8) {
		error("%<-fplugin-arg-%s-offset=%>: 0x%lx is not 8-byte aligned",
		      PCPUSECT_NAME, pcpusect_config.offset);
		ok = false;
	}
	if (ok && pcpusect_config.marker >= pcpusect_config.offset &&
	    pcpusect_config.marker < pcpusect_config.offset + 8) {
		error("%<-fplugin-arg-%s-marker=%> lies inside the 8-byte "
		      "per-CPU offset at 0x%lx", PCPUSECT_NAME,
		      pcpusect_config.offset);
		ok = false;
	}
	/* The relocated fields must stay reachable off %r0 too. */
	if (ok && pcpusect_config.lowcore_alt &&
	    (pcpusect_config.marker + pcpusect_config.lowcore_alt > DISP20_MAX ||
	     pcpusect_config.offset + 7 + pcpusect_config.lowcore_alt >
	     DISP20_MAX)) {
		error("%<-fplugin-arg-%s-lowcore-alt=0x%lx%> moves the marker "
		      "or the per-CPU offset beyond a 20-bit displacement "
		      "(%ld)", PCPUSECT_NAME, pcpusect_config.lowcore_alt,
		      DISP20_MAX);
		ok = false;
	}
	return ok;
}
