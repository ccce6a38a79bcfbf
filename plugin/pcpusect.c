// SPDX-License-Identifier: GPL-2.0
/*
 * pcpusect: a GCC plugin for s390x that lowers this_cpu operations into
 * guarded per-CPU sections, safe against preemption and migration
 * without touching the preempt count.  See pcpusect-plugin.h for the
 * passes and runtime/include/pcpusect/table.h for what it emits.
 */
#include "pcpusect-plugin.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

static struct plugin_info pcpusect_info = {
	.version = "0.1",
	.help = "lower this_cpu operations into guarded per-CPU sections\n"
		"  -fplugin-arg-pcpusect-marker=ADDR  marker byte (default 960)\n"
		"  -fplugin-arg-pcpusect-offset=ADDR  per-CPU offset (default 952)\n"
		"  -fplugin-arg-pcpusect-disable      leave this_cpu ops to the header's fallback\n",
};

/*
 * The C front end's preprocessor is not linked into lto1, which loads the
 * plugin too when it is given at link time (-flto).
 */
#pragma weak parse_in
#pragma weak cpp_define
#pragma weak cpp_define_formatted
#pragma weak cpp_get_options
#pragma weak cpp_get_callbacks

/*
 * At PLUGIN_PRAGMAS cpplib exists but has read nothing yet, also with -E.
 * Preprocessed input (.i files, -save-temps, -no-integrated-cpp, distcc)
 * went through cpp with the plugin already, and cpplib would read a
 * definition made now as a line marker.  No line map exists yet either,
 * so the debug-info hook that -g3 installs for #define must not see it.
 */
static void define_macro(void *gcc_data, void *user_data)
{
	cpp_callbacks *cb;
	void (*debug_define)(cpp_reader *, location_t, cpp_hashnode *);

	if (!&cpp_define || !&cpp_define_formatted || !parse_in ||
	    cpp_get_options(parse_in)->preprocessed)
		return;
	cb = cpp_get_callbacks(parse_in);
	debug_define = cb->define;
	cb->define = NULL;
	cpp_define(parse_in, "__PCPUSECT__=1");
	/* So that the user can check them against its own layout. */
	cpp_define_formatted(parse_in, "__PCPUSECT_MARKER__=%ld",
			     pcpusect_config.marker);
	cpp_define_formatted(parse_in, "__PCPUSECT_OFFSET__=%ld",
			     pcpusect_config.offset);
	cpp_define_formatted(parse_in, "__PCPUSECT_LOWCORE_ALT__=%ld",
			     pcpusect_config.lowcore_alt);
	cb->define = debug_define;
}

static bool target_supported(void)
{
	if (!TARGET_64BIT) {
		error("%s: only 64-bit s390x code is supported; drop %<-m31%>",
		      PCPUSECT_NAME);
		return false;
	}
	if (!TARGET_Z196) {
		error("%s: the guarded sections need the interlocked-access "
		      "facility; use %<-march=z196%> or later", PCPUSECT_NAME);
		return false;
	}
	return true;
}

/* Target options are final only once the unit starts. */
static void start_unit(void *gcc_data, void *user_data)
{
	if (target_supported())
		pcpusect_declare_builtins();
}

static void register_pass(const char *name, opt_pass *pass, const char *ref,
			  enum pass_positioning_ops pos)
{
	struct register_pass_info info = {
		.pass = pass,
		.reference_pass_name = ref,
		.ref_pass_instance_number = 1,
		.pos_op = pos,
	};

	register_callback(name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *ver)
{
	const char *name = info->base_name;

	if (!plugin_default_version_check(ver, &gcc_version)) {
		error("%s: built for GCC %s, loaded into GCC %s; rebuild it "
		      "against the plugin headers of this compiler", name,
		      gcc_version.basever, ver->basever);
		return 1;
	}
	register_callback(name, PLUGIN_INFO, NULL, &pcpusect_info);
	if (!pcpusect_parse_args(info))
		return 1;
	if (pcpusect_config.disable)
		return 0;
	register_callback(name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
			  (void *)pcpusect_gc_roots);
	register_callback(name, PLUGIN_PRAGMAS, define_macro, NULL);
	register_callback(name, PLUGIN_START_UNIT, start_unit, NULL);
	register_callback(name, PLUGIN_PASS_EXECUTION, pcpusect_price_for_pass,
			  NULL);
	register_pass(name, make_pcpusect_check_pass(g), "cfg",
		      PASS_POS_INSERT_AFTER);
	register_pass(name, make_pcpusect_lower_pass(g), "optimized",
		      PASS_POS_INSERT_AFTER);
	register_pass(name, make_pcpusect_regno_pass(g), "final",
		      PASS_POS_INSERT_BEFORE);
	return 0;
}
