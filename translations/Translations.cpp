// The compiled .qm files are attached to this library as resources by CMake.
namespace prihvat {
int translationsVersion()
{
    return 1;
}
} // namespace prihvat
